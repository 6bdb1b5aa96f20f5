import { Header } from "@/widgets/header";
import { LoginForm } from "@/features/auth";
import { UserCard } from "@/entities/user";
export const HomePage = () => [Header, LoginForm, UserCard];
