export type { User } from './model/types'
