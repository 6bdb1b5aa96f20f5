export { v_Cart } from './ui/Cart'
