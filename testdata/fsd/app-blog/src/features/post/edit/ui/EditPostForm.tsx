import { savePost } from '@/entities/post'
import { Button } from '@/shared/ui/button'
import { CreatePostForm } from '@/features/post/create' // want "fsd/forbidden-imports" "fsd/no-cross-imports"

export const EditPostForm = ({ id }: { id: string }) => <form onSubmit={() => savePost(id)}><CreatePostForm /><Button>Save</Button></form>
