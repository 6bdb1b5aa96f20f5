import { Login } from '@/features/auth'
import { App } from './ui/App'
import '@/shared/styles/global.css'
export const main = [Login, App]
