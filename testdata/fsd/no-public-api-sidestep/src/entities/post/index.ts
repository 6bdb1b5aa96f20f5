export { PostCard } from './ui/PostCard'
