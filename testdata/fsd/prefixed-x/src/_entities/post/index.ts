export { post } from './model/post'
