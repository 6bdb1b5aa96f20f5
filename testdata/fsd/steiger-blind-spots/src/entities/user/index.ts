export { user } from './model/user'
