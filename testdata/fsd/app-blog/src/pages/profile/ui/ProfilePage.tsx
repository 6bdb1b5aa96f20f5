import { AuthorBio } from '@/entities/author'
import { PostFeed } from '@/widgets/post-feed/index.client'
import { Layout } from '@/widgets/layout'
import { FollowButton } from '@/features/follow'

export const ProfilePage = () => <Layout><AuthorBio /><FollowButton /><PostFeed /></Layout>
