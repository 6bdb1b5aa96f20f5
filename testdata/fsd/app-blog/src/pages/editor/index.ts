export { EditorPage } from './ui/EditorPage'
