export { UserAvatar } from './ui/UserAvatar'
export type { User } from './model/types'
