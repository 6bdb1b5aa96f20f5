import { LoginButton } from "@/features/auth";
import { Button } from "@/shared/ui";
export const UserCard = () => [LoginButton, Button];
