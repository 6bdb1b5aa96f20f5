import { Avatar } from '@/shared/ui/avatar'

export const PostCard = ({ title }: { title: string }) => <article><Avatar name="a" />{title}</article>
