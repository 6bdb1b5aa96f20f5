export { useUser } from './model/store'
