import type { User } from '@/entities/user/@x/comment'
import type { User as U2 } from '@/entities/user/@x/post' // want "fsd/forbidden-imports"
export const comment = (u?: User, v?: U2) => [u, v]
