export { Button } from './Button'
export { theme } from '@/shared/config' // want "fsd/import-locality"
