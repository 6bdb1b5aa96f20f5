import type { User } from '@/entities/user/@x/post'
export const post = (u?: User) => u
