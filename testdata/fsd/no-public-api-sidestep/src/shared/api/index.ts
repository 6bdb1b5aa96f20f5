export { client } from './client'
