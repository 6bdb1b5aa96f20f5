import { user } from '@/entities/user'
import { post } from '@/entities/post'
export const Card = [user, post]
