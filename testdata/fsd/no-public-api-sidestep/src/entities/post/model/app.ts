import { App } from '@/app/ui/App' // want "fsd/no-public-api-sidestep"
export const a = App
