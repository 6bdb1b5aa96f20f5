import { v_Cart } from '@/pages/cart'
export const flow = v_Cart
