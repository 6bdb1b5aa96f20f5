export { ProductList } from './ui/ProductList'
