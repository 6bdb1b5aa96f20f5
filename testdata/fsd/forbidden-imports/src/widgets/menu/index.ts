export { Menu } from './ui/Menu'
