import { theme } from '../config'
export const Button = theme
