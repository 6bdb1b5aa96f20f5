export const Avatar = ({ name }: { name: string }) => <img alt={name} />
