import { Header } from "@/widgets/header";
import { UserCard } from "@/entities/user";
import type { Post } from "@/entities/post";
import { PostList } from "@/entities/post";
export const ProfilePage = (posts: Post[]) => [Header, UserCard, PostList, posts];
