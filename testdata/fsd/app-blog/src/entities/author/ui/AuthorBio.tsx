import type { Post } from '@/entities/post' // want "fsd/forbidden-imports" "fsd/no-cross-imports"

export const AuthorBio = ({ posts = [] }: { posts?: Post[] }) => <p>{posts.length} posts</p>
