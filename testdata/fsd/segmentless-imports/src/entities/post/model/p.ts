import type { A } from '@/entities/user' // want "fsd/forbidden-imports"
export const p = (a?: A) => a
