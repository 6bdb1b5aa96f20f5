import { PostFeed } from '@/widgets/post-feed/index.client'
import { Layout } from '@/widgets/layout'

export const FeedPage = () => <Layout><PostFeed /></Layout>
