import { viaapp } from '@/entities/viaapp'
import { home } from '@/pages/home'
import { about } from '@/pages/about'
export const app = [viaapp, home, about]
