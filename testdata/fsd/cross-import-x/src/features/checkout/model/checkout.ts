import { cart } from '@/features/cart/@x/checkout' // want "fsd/forbidden-imports"
import { post } from '@/entities/post'
import { comment } from '@/entities/comment'
import { adminUser } from '@/entities/admin/users'
export const checkout = [cart, post, comment, adminUser]
