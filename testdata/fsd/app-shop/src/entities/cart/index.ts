export { useCart, addItem } from './model/cart'
