export { Profile } from './ui/Profile'
