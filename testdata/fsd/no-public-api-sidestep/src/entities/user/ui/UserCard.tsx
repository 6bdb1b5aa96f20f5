import { client } from '../../../shared/api/client' // want "fsd/no-public-api-sidestep"
export const UserCard = client
export const cardHelper = 2
