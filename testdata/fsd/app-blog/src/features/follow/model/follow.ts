import type { Author } from '@/entities/author'

export const session: Author | null = null
export const follow = (a: Author) => a.id
