import { Login } from '@/features/auth'
import { Button } from '@/shared/ui/Button'
export const Menu = () => [Login, Button]
