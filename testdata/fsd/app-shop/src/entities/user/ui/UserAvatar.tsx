export const UserAvatar = () => <img alt="user" />
