import { config } from '@/app/config' // want "fsd/forbidden-imports"
export const m = config
