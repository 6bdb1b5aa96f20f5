export { AuthorBio } from './ui/AuthorBio'
export type { Author } from './model/author'
