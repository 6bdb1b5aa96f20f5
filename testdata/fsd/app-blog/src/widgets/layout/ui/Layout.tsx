import type { ReactNode } from 'react'
import { Avatar } from '@/shared/ui/avatar'
import { session } from '@/features/follow/model/follow' // want "fsd/no-public-api-sidestep"

export const Layout = ({ children }: { children: ReactNode }) => <div><Avatar name={String(session)} />{children}</div>
