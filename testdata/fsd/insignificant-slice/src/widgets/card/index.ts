export { like } from '@/features/like'
export { reexported } from '@/entities/reexported'
