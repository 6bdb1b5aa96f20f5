import { UserAvatar } from '@/entities/user'
import { LogoutButton } from '@/features/auth'
import { Button } from '@/shared/ui/button'

export function Header() {
  return (
    <header>
      <UserAvatar />
      <LogoutButton />
      <Button>Menu</Button>
    </header>
  )
}
