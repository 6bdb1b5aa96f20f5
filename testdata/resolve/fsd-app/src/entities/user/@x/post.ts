export type { User } from "../model/user";
