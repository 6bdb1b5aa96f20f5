import type { ComponentType } from 'react'
import { apiClient } from '@/shared/api'

type Props = { routes: Record<string, ComponentType> }

export function StoreProvider({ routes }: Props) {
  const Page = routes[window.location.pathname] ?? routes['/']
  void apiClient
  return <Page />
}
