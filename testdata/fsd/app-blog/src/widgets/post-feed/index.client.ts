export { PostFeed } from './ui/PostFeed'
