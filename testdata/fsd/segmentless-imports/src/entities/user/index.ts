export { Login } from '@/features/auth' // want "fsd/forbidden-imports"
export type A = { id: string }
