import { v_Button } from '@/shared/ui/Button'
export const v_Home = v_Button
