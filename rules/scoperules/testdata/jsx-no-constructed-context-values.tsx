import { createContext, useMemo } from 'react';

const Ctx = createContext<unknown>(null);

export function Inline({ user }: { user: string }) {
  return <Ctx.Provider value={{ user }}>x</Ctx.Provider>; // want "The object passed as the value prop to the Context provider"
}

export function ViaVariable({ user }: { user: string }) {
  const value = { user }; // want "The 'value' object"
  return <Ctx.Provider value={value}>x</Ctx.Provider>;
}

export function Memoized({ user }: { user: string }) {
  const value = useMemo(() => ({ user }), [user]);
  return <Ctx.Provider value={value}>x</Ctx.Provider>;
}

export function Callback() {
  return <Ctx.Provider value={() => 1}>x</Ctx.Provider>; // want "function expression"
}

export function Primitive({ user }: { user: string }) {
  return <Ctx.Provider value={user}>x</Ctx.Provider>;
}
