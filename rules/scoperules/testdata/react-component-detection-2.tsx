// Component detection shapes for react/function-component-definition and
// react/no-unstable-nested-components, checked against ESLint by
// TestAgainstESLintFixtures (no want comments: ESLint is the expectation).
import * as React from 'react';
import { memo as m, forwardRef } from 'react';
const { createElement } = React;

declare const cond: boolean;

const Existing = () => <div />;
const W1 = React.memo(() => <Existing />);
const W2 = React.memo(() => { return <Existing />; });
const W3 = React.memo(() => <Later />);
const Later = () => <div />;
const W4 = React.memo(() => <Later />);
const W5 = m(() => <div />);
const W6 = forwardRef(function (p, r) { return <div />; });
const W7 = React.forwardRef(() => <Existing />);

const V1 = () => createElement('div');
const jsx = <div />;
const V2 = () => { const local = <b />; return local; };
const V3 = () => { return jsx; };
const V4 = () => { let x; x = <div />; return x; };
const V5 = () => <div /> satisfies React.ReactNode;
const V6 = () => (<div />)!;
const V7 = function (this: any) { return <div>{this.x}</div>; };
const V8 = () => void 0;

function Parent() {
  const P1 = React.memo(() => <Existing />);
  const P2 = React.forwardRef(() => <div />);
  const P3 = m(() => <span />);
  function _Under() { return <div />; }
  function $Dollar() { return <div />; }
  const [A, B] = [() => <div />, () => <div />];
  const { C = () => <div /> } = {} as any;
  let D;
  D = () => <div />;
  const E = cond ? () => <div /> : () => <span />;
  const F = (() => <div />) as any;
  return <div><P1 /><P2 /><P3 /><_Under /><$Dollar /><A /><B /><C /><D /><E /><F /></div>;
}

export default memo2();
function memo2() { return null; }

const Outer = () => {
  const Inner = () => {
    const Deep = () => <div />;
    return <Deep />;
  };
  return <Inner />;
};

class K extends React.Component {
  render() {
    const X = () => <div />;
    return (
      <div>
        {[1].map(() => { const Y = () => <i />; return <Y />; })}
        <X />
      </div>
    );
  }
}

export { W1, W2, W3, W4, W5, W6, W7, V1, V2, V3, V4, V5, V6, V7, V8, Parent, Outer, K };
