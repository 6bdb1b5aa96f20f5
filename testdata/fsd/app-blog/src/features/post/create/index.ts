export { CreatePostForm } from './ui/CreatePostForm'
