import { savePost } from '@/entities/post'
import { Button } from '@/shared/ui/button'

export const CreatePostForm = () => <form onSubmit={() => savePost('new')}><Button>Publish</Button></form>
