export { FollowButton } from './ui/FollowButton'
