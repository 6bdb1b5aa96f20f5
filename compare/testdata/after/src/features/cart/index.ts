export { CartButton } from './ui/CartButton';
