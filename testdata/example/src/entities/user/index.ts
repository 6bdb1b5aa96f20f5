export type { User } from "./model/types";
export { UserCard } from "./ui/UserCard";
