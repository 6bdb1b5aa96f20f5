import { user } from '@/entities/user'
import { post } from '@/entities/post'
import { tag } from '@/entities/tag'
export const l = [user, post, tag]
