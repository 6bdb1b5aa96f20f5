import { Cart } from '@/pages/cart'
import { Header } from '@/app/header' // want "fsd/forbidden-imports"
export const flow = [Cart, Header]
