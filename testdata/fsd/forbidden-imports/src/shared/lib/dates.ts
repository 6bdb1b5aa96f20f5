import { Button } from '@/shared/ui/Button'
export const dates = Button
