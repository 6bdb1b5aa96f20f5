export { translate } from './translator'
