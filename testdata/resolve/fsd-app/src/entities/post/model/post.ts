import type { User } from "@/entities/user/@x/post";
export type Post = { author: User };
export const PostList = [];
