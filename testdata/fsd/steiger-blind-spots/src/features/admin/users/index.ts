export { admin } from './model/admin'
