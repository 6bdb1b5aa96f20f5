export { EditPostForm } from './ui/EditPostForm'
