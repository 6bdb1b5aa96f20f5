import React, { useState, type FC, type ReactNode } from 'react';
import type { User } from '@/entities/user';
import { Button } from '@/shared/ui';
import styles from './Profile.module.css';

export interface ProfileProps {
  user: User;
  children?: ReactNode;
  onSave?: <T extends User>(next: T) => Promise<void>;
}

type State = { editing: boolean; draft: Partial<User> };

const initial: State = { editing: false, draft: {} };

export const Profile: FC<ProfileProps> = ({ user, children, onSave }) => {
  const [state, setState] = useState<State>(initial);
  const toggle = () => setState((s) => ({ ...s, editing: !s.editing }));
  const Lazy = React.lazy(() => import('./ProfileDetails'));
  const pick = <K extends keyof User,>(key: K): User[K] => user[key];
  if (!user) return null;
  return (
    <section className={styles.root} data-testid="profile">
      <h1>{user.name ?? 'Anonymous'} &mdash; {pick('id')}</h1>
      {state.editing ? (
        <form onSubmit={(e) => { e.preventDefault(); void onSave?.(user); }}>
          <input value={state.draft.name ?? ''} onChange={(e) => setState({ ...state, draft: { name: e.target.value } })} />
        </form>
      ) : (
        <>
          <Button onClick={toggle} disabled={false}>Edit</Button>
          <React.Suspense fallback={<span>Loading…</span>}>
            <Lazy />
          </React.Suspense>
        </>
      )}
      {children}
    </section>
  );
};

export default Profile;
