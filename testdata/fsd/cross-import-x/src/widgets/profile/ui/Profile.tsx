import type { User } from '@/entities/user/@x/post' // want "fsd/no-public-api-sidestep"
import { checkout } from '@/features/checkout'
export const Profile = (u?: User) => [u, checkout]
