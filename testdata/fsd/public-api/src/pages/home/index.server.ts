export { v_Home } from './ui/Home'
