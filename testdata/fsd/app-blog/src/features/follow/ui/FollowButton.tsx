import { Button } from '@/shared/ui/button'
import { follow, session } from '../model/follow'

export const FollowButton = () => <Button onClick={() => session && follow(session)}>Follow</Button>
