import { flow } from '@/processes/checkout' // want "fsd/forbidden-imports"
export const Cart = () => flow
