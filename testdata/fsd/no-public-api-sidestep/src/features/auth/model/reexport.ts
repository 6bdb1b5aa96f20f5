export { PostCard } from '@/entities/post/ui/PostCard' // want "fsd/no-public-api-sidestep"
