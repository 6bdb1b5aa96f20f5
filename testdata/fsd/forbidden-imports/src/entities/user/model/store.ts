import type { Post } from '@/entities/post' // want "fsd/forbidden-imports" "fsd/no-cross-imports"
export const useUser = (p?: Post) => p
