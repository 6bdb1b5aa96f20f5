import { flow } from '@/processes/checkout'
export const app = flow
