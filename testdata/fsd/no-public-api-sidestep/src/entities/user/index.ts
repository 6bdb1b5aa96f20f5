export { UserCard } from './ui/UserCard'
export type { User } from './model/types'
