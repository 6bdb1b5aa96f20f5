export { Feed } from './ui/Feed'
