// Component detection shapes for react/function-component-definition and
// react/no-unstable-nested-components, checked against ESLint by
// TestAgainstESLintFixtures (no want comments: ESLint is the expectation).
import React, { memo, forwardRef, useMemo, useCallback, createElement, Component, PureComponent } from 'react';

declare const Foo: any;
declare const cond: boolean;
declare const list: number[];

const obj = {
  [Foo]: (props: any) => <div />,
  [cond ? 'a' : 'b']: (props: any) => <div />,
  [Foo.bar]: (props: any) => 1,
  [Foo.baz]: (props: any) => <div />,
  lower: (props: any) => <div />,
  Upper: (props: any) => <div />,
  Nul: () => null,
  fact: () => () => <div />,
  Fact: () => () => <div />,
  Fn: function () { return function () { return <div />; }; },
  fn2: function () { return function () { return <div />; }; },
};

export default function () {
  return <div />;
}

export const A1 = memo(function A1Inner() { return <div />; });
export const A2 = memo(forwardRef(function A2Inner(props, ref) { return <div />; }));
export const A3 = React.memo(() => null);
export const A4 = memo(() => null);
export const A5 = forwardRef((p, r) => { if (cond) return null; return <a />; });

let B1: any;
B1 = function () { return <div />; };
let b2: any;
b2 = () => <div />;
const C1 = () => { return cond ? <a /> : <b />; };
const C2 = () => { for (;;) { return <a />; } };
const C3 = () => { while (cond) { return <a />; } return null; };
const C4 = () => { do { return <a />; } while (cond); };
const C5 = () => { label: { return <a />; } };
const C6 = () => { for (const x of list) { return <a />; } return null; };
const C7 = () => { { return <a />; } };
const C8 = async () => <div />;
const C9 = () => (cond ? null : null);
const D1 = (() => () => <div />)();
const D2 = [() => <div />];
const D3 = cond && (() => <div />);
function E1() { return () => <div />; }
function e2() { return () => <div />; }
function E3() {
  const inner = () => <div />;
  const Inner2 = () => null;
  const Inner3 = () => (cond ? <a /> : null);
  function Inner4() { return null; }
  const Inner5 = memo(() => null);
  const Inner6 = useMemo(() => memo(() => <div />), []);
  const handler = useCallback(() => { const X = () => <div />; return X; }, []);
  const el = <Foo render={(p: any) => <div />} Comp={() => <div />} item={{ Render: () => <div /> }} />;
  const fromMap = list.map((i) => () => <div key={i} />);
  class Inner7 extends Component { render() { return <div />; } }
  class Inner8 extends PureComponent { render() { return null; } }
  class inner9 extends React.Component { render() { return <div />; } }
  const Inner10 = class extends Component { render() { return <div />; } };
  return <div>{el}{list.map((i) => { const M = () => <b />; return <M key={i} />; })}</div>;
}
class F1 extends React.Component {
  Field = () => <div />;
  renderThing = () => <div />;
  other() {
    const Y = () => <div />;
    return <Y />;
  }
  render() {
    const Z = () => <div />;
    const z = () => <div />;
    function W() { return <div />; }
    return <div><Z /><W />{z()}<Foo footer={() => <i />} /></div>;
  }
}
const G1 = (props: any) => {
  const Inner = forwardRef((p, r) => <div />);
  return <Foo
    a={() => <div />}
    b={cond ? () => <div /> : null}
    c={[() => <div />]}
    children={() => <div />}
    render-x={() => <div />}
  >{() => <div />}{cond && (() => <div />)}</Foo>;
};
function H1() {
  return createElement(Foo, { Comp: () => <div />, render: () => <div /> }, () => <div />);
}
function H2() {
  return React.createElement(Foo, { ...{ Comp: () => <div /> } });
}
const I1 = () => {
  const obj2 = { Comp: () => <div />, renderComp: () => <div />, [Foo]: () => <div /> };
  return obj2;
};
function J1() {
  return useMemo(() => { return () => <div />; }, []);
}
module.exports = () => <div />;
Foo.Bar = function () { return <div />; };
export { obj, B1, b2, C1, C2, C3, C4, C5, C6, C7, C8, C9, D1, D2, D3, E1, e2, E3, F1, G1, H1, H2, I1, J1 };
