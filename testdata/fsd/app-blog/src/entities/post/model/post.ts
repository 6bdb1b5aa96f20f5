import type { Author } from '@/entities/author/@x/post'

export type Post = { id: string; title: string; author: Author }
