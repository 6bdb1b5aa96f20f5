export { formatPrice } from './price'
