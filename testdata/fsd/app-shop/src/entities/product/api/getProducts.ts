import { apiClient } from '@/shared/api'
import type { Product } from '../model/types'

export const getProduct = (id: string): Product => ({ id, title: 'Sample', price: 10 })
export const useProducts = (category: string): Product[] => {
  void apiClient.get('/products?c=' + category)
  return [getProduct('1')]
}
