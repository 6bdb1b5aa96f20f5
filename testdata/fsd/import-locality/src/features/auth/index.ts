export { Login } from './ui/Login'
