export { p } from './model/p'
