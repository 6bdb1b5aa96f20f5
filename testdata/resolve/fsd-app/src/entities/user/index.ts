export { useUser, type User } from "./model/user";
export { UserCard } from "./ui/UserCard";
