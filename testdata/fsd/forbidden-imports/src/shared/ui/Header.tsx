import { useUser } from '@/entities/user' // want "fsd/forbidden-imports" "fsd/no-higher-level-imports"
export const Header = useUser
