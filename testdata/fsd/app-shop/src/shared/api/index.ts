export { apiClient } from './client'
