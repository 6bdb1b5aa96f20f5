import { PostCard } from '@/entities/post'
import { FollowButton } from '@/features/follow'
import { CreatePostForm } from '@/features/post/create'

export const PostFeed = () => <section><CreatePostForm /><PostCard title="Hello" /><FollowButton /></section>
