export type { Author } from '../model/author'
