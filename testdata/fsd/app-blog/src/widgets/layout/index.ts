export { Layout } from './ui/Layout'
