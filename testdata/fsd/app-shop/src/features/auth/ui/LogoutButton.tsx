import { Button } from '@/shared/ui/button'

export const LogoutButton = () => <Button>Log out</Button>
