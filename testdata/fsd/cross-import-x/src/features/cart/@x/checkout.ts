export { cart } from '../model/cart'
