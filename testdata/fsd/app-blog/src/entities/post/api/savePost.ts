import { http } from '@/shared/api'

export const savePost = (id: string) => http('/posts/' + id)
