export { AddToCartButton } from './ui/AddToCartButton'
