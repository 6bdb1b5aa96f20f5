import { useState, useEffect, memo, forwardRef } from 'react';
import * as React from 'react';

export function Profile({ id }: { id: string }) {
  const [user] = useState(null);
  if (!id) {
    return null;
  }
  const [later] = useState(0); // want "is called conditionally.*early return"
  return <div>{user}{later}</div>;
}

export function Conditional({ on }: { on: boolean }) {
  if (on) {
    useEffect(() => {}); // want "React Hook \"useEffect\" is called conditionally"
  }
  const x = on && useState(1); // want "is called conditionally"
  return <div>{String(x)}</div>;
}

export function Loop({ items }: { items: string[] }) {
  for (const item of items) {
    useState(item); // want "may be executed more than once"
  }
  items.forEach(() => {
    useEffect(() => {}); // want "cannot be called inside a callback"
  });
  return null;
}

export function useCustom(id: string) {
  const [value, setValue] = useState(id);
  useEffect(() => setValue(id), [id]);
  return value;
}

export function helper() {
  return useState(0); // want "is called in function \"helper\" that is neither"
}

useState(1); // want "cannot be called at the top level"

export class Legacy extends React.Component {
  render() {
    const [a] = useState(0); // want "cannot be called in a class component"
    return a;
  }
}

export const Memoized = memo(() => {
  const [v] = useState(0);
  return <span>{v}</span>;
});

export const WithRef = forwardRef(function (props, ref) {
  const [v] = React.useState(0);
  return <span ref={ref as any}>{v}</span>;
});

export const Arrow = () => {
  const [v] = React.useState(0);
  return v;
};

setTimeout(() => {
  useState(0);
});
