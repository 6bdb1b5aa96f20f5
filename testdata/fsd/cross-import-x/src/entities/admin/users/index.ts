export { adminUser } from './model/user'
