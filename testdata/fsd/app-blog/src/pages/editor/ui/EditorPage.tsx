import { CreatePostForm } from '@/features/post/create'
import { EditPostForm } from '@/features/post/edit'
import { Layout } from '@/widgets/layout'

export const EditorPage = ({ id }: { id?: string }) => <Layout>{id ? <EditPostForm id={id} /> : <CreatePostForm />}</Layout>
