import { user } from '@/entities/user'
export const Menu = user
