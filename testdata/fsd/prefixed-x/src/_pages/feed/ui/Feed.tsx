import { post } from '@/_entities/post'
import type { User } from '@/_entities/user'
export const Feed = (u?: User) => [post, u]
