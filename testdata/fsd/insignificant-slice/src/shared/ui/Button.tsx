import type { Theme } from '@/entities/theme'
export const Button = (t?: Theme) => t
