import { useUser } from "@/entities/user";
import { login } from "@/shared/api";
import { useTheme } from "@/features/theme";
export const LoginForm = () => [useUser, login, useTheme];
