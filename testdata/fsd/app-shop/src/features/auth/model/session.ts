import { apiClient } from '@/shared/api'
import type { User } from '@/entities/user'

export async function login(email: string): Promise<User> {
  return apiClient.post('/login', { email }) as Promise<User>
}
