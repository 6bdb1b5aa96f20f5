import { Login } from '@/features/auth'
export const registry = [Login]
