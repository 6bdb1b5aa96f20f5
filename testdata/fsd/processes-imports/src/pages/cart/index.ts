export { Cart } from './ui/Cart'
