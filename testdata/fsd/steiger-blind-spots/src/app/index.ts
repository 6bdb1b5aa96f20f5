import { admin } from '@/features/admin/users'
export const app = admin
