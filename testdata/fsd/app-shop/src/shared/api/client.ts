import { API_URL } from '../config'

export const apiClient = {
  get: (path: string) => fetch(API_URL + path),
  post: (path: string, body: unknown) => fetch(API_URL + path, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json()),
}
