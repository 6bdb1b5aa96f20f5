import { Home } from '@/pages/home' // want "fsd/forbidden-imports"
export const About = Home
