import type { User } from '@/entities/user/@x/admin/users'
export const adminUser = (u?: User) => u
