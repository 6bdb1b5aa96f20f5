export { PostCard } from './ui/PostCard'
export { savePost } from './api/savePost'
export type { Post } from './model/post'
