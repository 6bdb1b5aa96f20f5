export { flow } from './model/flow'
