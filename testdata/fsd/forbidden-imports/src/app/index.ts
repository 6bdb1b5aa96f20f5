import { store } from './store'
import { Menu } from '@/widgets/menu'
import { registry } from '@/features/registry'
export const app = [store, Menu, registry]
