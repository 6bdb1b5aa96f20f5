import { useUser } from '@/entities/user'
export const menu = import('@/widgets/menu') // want "fsd/forbidden-imports" "fsd/no-higher-level-imports"
const store = require('@/app/store') // want "fsd/forbidden-imports" "fsd/no-higher-level-imports"
export const Login = () => [useUser, store]
