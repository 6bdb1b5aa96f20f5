import { Button } from "@/shared/ui";
import { useTheme } from "../../theme/model/theme";
export const LoginButton = () => [Button, useTheme];
