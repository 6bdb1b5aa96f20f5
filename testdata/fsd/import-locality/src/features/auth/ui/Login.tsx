import { login } from '@/features/auth/model/login' // want "fsd/import-locality"
import { session } from '../model/session'
import { User } from '../../../entities/user' // want "fsd/import-locality"
import { Button } from '@/shared/ui'
export const Login = [login, session, User, Button]
