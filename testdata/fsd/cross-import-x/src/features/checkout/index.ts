export { checkout } from './model/checkout'
