// TypeScript and esbuild accept a comma expression in a JSX expression container.
export const Item = ({ onSelect, log, user }) => <li onClick={() => onSelect, log(user)}>{user.name}</li>;
