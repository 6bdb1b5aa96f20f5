export { useUser } from '@/entities/user' // want "fsd/forbidden-imports" "fsd/no-cross-imports"
