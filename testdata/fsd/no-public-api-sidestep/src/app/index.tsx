import { Login } from '@/features/auth'
import { App } from './ui/App'
export const main = [Login, App]
