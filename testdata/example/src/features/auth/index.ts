export { LoginForm } from "./ui/LoginForm";
export { isLoggedIn } from "./model/session";
