import { UserCard, cardHelper } from '@/entities/user/ui/UserCard' // want "fsd/no-public-api-sidestep"
import * as card from '@/entities/user/ui/UserCard' // want "fsd/no-public-api-sidestep"
import '@/entities/user/ui/UserCard' // want "fsd/no-public-api-sidestep"
export const partial = [UserCard, cardHelper, card]
