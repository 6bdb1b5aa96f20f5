export { LoginForm } from "./ui/LoginForm";
export { LoginButton } from "./ui/LoginButton";
