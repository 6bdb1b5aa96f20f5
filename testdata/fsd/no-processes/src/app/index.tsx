import { flow } from '@/processes/checkout/model/flow'
export const app = flow
