import { useCallback, useEffect, useMemo, useRef, useState, useReducer } from 'react';
import * as React from 'react';

const MODULE_CONSTANT = 1;

export function Missing({ id, user }: { id: string; user: { name: string } }) {
  const [count, setCount] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    console.log(id, count, MODULE_CONSTANT);
    setCount(1);
    ref.current?.focus();
  }, []); // want "React Hook useEffect has missing dependencies: 'count' and 'id'"
  useEffect(() => {
    console.log(user.name);
  }, [user]);
  useEffect(() => {
    console.log(user.name);
  }, [user.name]);
  return null;
}

export function Unnecessary({ items }: { items: number[] }) {
  const sorted = useMemo(() => [...items].sort(), [items, MODULE_CONSTANT]); // want "an unnecessary dependency: 'MODULE_CONSTANT'"
  const handler = useCallback(() => sorted.length, [sorted, sorted]); // want "a duplicate dependency: 'sorted'"
  useEffect(() => {
    console.log('reset');
  }, [items]);
  return handler;
}

export function NotArray({ deps }: { deps: unknown[] }) {
  useEffect(() => {}, deps); // want "was passed a dependency list that is not an array literal"
  const memo = useMemo(() => 1); // want "does nothing when called with only one argument"
  useEffect(async () => {}, []); // want "Effect callbacks are synchronous"
  return memo;
}

export function Loop() {
  const [value, setValue] = useState(0);
  useEffect(() => { // want "contains a call to 'setValue'"
    setValue(value + 1);
  });
  return value;
}

export function Constructions({ a }: { a: number }) {
  const options = { a }; // want "The 'options' object makes the dependencies of useEffect Hook"
  useEffect(() => {
    console.log(options);
  }, [options]);
  function helper() { // want "The 'helper' function makes the dependencies of useCallback Hook"
    return a;
  }
  const cb = useCallback(() => helper(), [helper]);
  return cb;
}

export function Stable() {
  const [state, dispatch] = useReducer((s: number) => s + 1, 0);
  const label = 'x';
  function pure() {
    return MODULE_CONSTANT;
  }
  useEffect(() => {
    dispatch();
    pure();
    console.log(label);
  }, []);
  const viaReact = React.useMemo(() => state * 2, [state]);
  return viaReact;
}

export function Stale() {
  let later = 0;
  useEffect(() => {
    later = 5; // want "Assignments to the 'later' variable from inside React Hook useEffect will be lost"
  }, []);
  return later;
}

export function ComplexDeps({ list }: { list: number[] }) {
  useEffect(() => {
    console.log(list);
  }, [list.length > 0, list]); // want "complex expression in the dependency array"
  return null;
}
