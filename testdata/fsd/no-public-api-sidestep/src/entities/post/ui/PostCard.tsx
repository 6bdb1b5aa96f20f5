import type { User } from '@/entities/user/@x/post'
import { UserCard } from '@/entities/user'
export const PostCard = (u?: User) => [u, UserCard]
