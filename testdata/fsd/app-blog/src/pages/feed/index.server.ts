export { FeedPage } from './ui/FeedPage'
