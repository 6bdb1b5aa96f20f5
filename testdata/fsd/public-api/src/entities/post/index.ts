export { v_PostCard } from './ui/PostCard'
