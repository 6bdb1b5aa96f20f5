import type { User } from "../model/types";

export function UserCard({ user }: { user: User }) {
  return (
    <article>
      <h2>{user.name}</h2>
      <a href={`mailto:${user.email}`}>{user.email}</a>
    </article>
  );
}
