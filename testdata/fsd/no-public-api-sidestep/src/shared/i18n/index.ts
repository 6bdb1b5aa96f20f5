export { t2 } from './translator'
