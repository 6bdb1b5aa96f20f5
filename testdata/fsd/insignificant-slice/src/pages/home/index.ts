import { Card } from '@/widgets/card/ui/Card'
import { menu } from '@/widgets/menu'
export const home = [Card, menu]
