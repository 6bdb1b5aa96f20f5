export type { Theme } from './model/theme'
