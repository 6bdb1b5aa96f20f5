import type { User } from '@/_entities/user/@x/post'
export const post = (u?: User) => u
