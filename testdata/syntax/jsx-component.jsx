// A .jsx component with conditional rendering and nested callbacks.
import { memo } from "react";

const Avatar = memo(function Avatar({ user, size }) {
  if (!user) return <span className="avatar avatar--empty" />;
  return <img src={user.avatarUrl} alt={`${user.name}'s avatar`} width={size} height={size} />;
});

export function UserList({ users, onSelect }) {
  return (
    <ol>
      {users.map((user) => (
        <li key={user.id} onClick={() => onSelect(user)}>
          <Avatar user={user} size={24} /> {user.name} {user.admin && <strong>(admin)</strong>}
        </li>
      ))}
    </ol>
  );
}
