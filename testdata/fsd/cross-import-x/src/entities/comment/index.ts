export { comment } from './model/comment'
