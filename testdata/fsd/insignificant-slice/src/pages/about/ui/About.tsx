import { menu } from '@/widgets/menu'
export const About = menu
