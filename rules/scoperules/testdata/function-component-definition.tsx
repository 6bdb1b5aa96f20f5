import React, { memo, forwardRef } from 'react';

type Props = { label: string };

// Arrow components are reported (named and unnamed).
const Button = ({ label }: Props) => <button type="button">{label}</button>; // want "Function component is not a function declaration"

const Typed: React.FC<Props> = ({ label }) => { // want "Function component is not a function declaration"
  return <span>{label}</span>;
};

// A component that returns null on some path is still a component.
const MaybeEmpty = ({ label }: Props) => (label ? <b>{label}</b> : null); // want "Function component is not a function declaration"

// Returning only null: a named arrow returning null is a component too.
const Nothing = () => null; // want "Function component is not a function declaration"

// Lower case names are not components.
const helper = () => <div />;

// Function declarations and expressions are fine.
function Declared({ label }: Props) {
  return <p>{label}</p>;
}

const Expressed = function Expressed({ label }: Props) {
  return <p>{label}</p>;
};

// memo/forwardRef wrappers: the wrapper is the component, the callback is not checked.
const Memoized = memo(({ label }: Props) => <i>{label}</i>);
const WithRef = React.forwardRef<HTMLInputElement, Props>((props, ref) => <input ref={ref} {...props} />);
const Both = memo(forwardRef<HTMLDivElement, Props>((props, ref) => <div ref={ref} />));

// Object property values are never checked.
const registry = {
  Row: () => <tr />,
  Cell() {
    return <td />;
  },
};

// Render callbacks returned from a component.
function List({ items }: { items: string[] }) {
  return <ul>{items.map((it) => <li key={it}>{it}</li>)}</ul>;
}

// A function returning a component factory result.
function makeRenderer() {
  return () => <hr />; // want "Function component is not a function expression"
}

// Assignment to a capitalised name.
let Late;
Late = () => <br />; // want "Function component is not a function expression"

// Non-JSX returns.
const Value = () => 42;

export default () => <main />; // want "Function component is not a function expression"

export { Button, Typed, MaybeEmpty, Nothing, helper, Declared, Expressed, Memoized, WithRef, Both, registry, List, makeRenderer, Late, Value };

// More shapes of eslint-plugin-react's detection.
export const Exported = () => <div />; // want "not a function declaration"
// A cast hides the arrow from detection; so does a conditional.
const Cast = (() => <div />) as React.FC;
const Created = () => React.createElement('div'); // want "not a function declaration"
const element = <div />;
const ReturnsVariable = () => element; // want "not a function declaration"
const Picked = Math.random() > 0.5 ? () => <a /> : null;
const Logical = ({ a }: { a: boolean }) => a && <b />; // want "not a function declaration"
const Sequence = () => (0, <div />); // want "not a function declaration"
// Returns inside try are not looked at: not a component.
const InTry = () => {
  try {
    return <a />;
  } catch {
    return null;
  }
};
// Leading underscores are skipped; `$` has no lower case, so it counts as capital.
const _Private = () => <div />; // want "not a function declaration"
const $dollar = () => <div />; // want "not a function declaration"
const Generic = <T,>(p: { value: T }) => <div>{String(p.value)}</div>; // want "not a function declaration"
const withX = (C: React.FC) => (props: object) => <C {...props} />; // want "not a function expression"
function hoc() {
  return (props: object) => <div {...props} />; // want "not a function expression"
}
const Namespace: Record<string, unknown> = {};
Namespace.Item = () => <li />; // want "not a function expression"
Namespace.item = () => <li />;
const Conditional = ({ on }: { on: boolean }) => { // want "not a function declaration"
  if (on) {
    return <b />;
  }
  return null;
};
const Switching = ({ k }: { k: number }) => { // want "not a function declaration"
  switch (k) {
    case 1:
      return <i />;
    default:
      return null;
  }
};
// A return cast with `as` is not JSX to the detection.
const AsAny = () => <div /> as any;

export { Cast, Created, ReturnsVariable, Picked, Logical, Sequence, InTry, _Private, $dollar, Generic, withX, hoc, AsAny, Conditional, Switching };
