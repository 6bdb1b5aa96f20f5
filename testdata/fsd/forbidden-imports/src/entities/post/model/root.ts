import { root } from '@/app/root' // want "fsd/forbidden-imports" "fsd/no-higher-level-imports"
export const r = root
