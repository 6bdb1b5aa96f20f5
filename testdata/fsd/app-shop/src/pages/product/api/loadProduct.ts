import { getProduct } from '@/entities/product'

export const loadProduct = (id: string) => getProduct(id)
