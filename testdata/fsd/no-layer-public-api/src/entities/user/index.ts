export { v_User } from './model/User'
