import { FeedPage } from '@/pages/feed/index.server'
import { EditorPage } from '@/pages/editor'
import { ProfilePage } from '@/pages/profile'
import { queryClient } from './store/query'

export const routes = { feed: FeedPage, editor: EditorPage, profile: ProfilePage, queryClient }
