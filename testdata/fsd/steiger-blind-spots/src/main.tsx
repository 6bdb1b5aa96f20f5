import { user } from '@/entities/user/model/user' // want "fsd/no-public-api-sidestep"
export const main = user
