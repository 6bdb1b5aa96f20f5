import React, { Fragment } from 'react';

declare const a: string;
declare const items: string[];
declare function Foo(props: { children?: unknown; footer?: unknown }): JSX.Element;
declare function render(): JSX.Element;

export const f1 = <></>; // want "Fragments should contain more than one child"
export const f2 = <><Foo /></>; // want "react/jsx-no-useless-fragment"
export const f3 = <>{a}</>; // want "react/jsx-no-useless-fragment"
export const f4 = <Fragment>foo</Fragment>;
export const f5 = <div>{items.map((i) => <Fragment key={i}>{i}</Fragment>)}</div>;
export const f6 = <><Foo /><Foo /></>;
export const f7 = <>foo {a}</>;
export const f8 = <>meow</>;
export const f9 = <section><><Foo /><Foo /></></section>; // want "Passing a fragment to an HTML element is useless."
export const f10 = <Foo><><Foo /><Foo /></></Foo>;
export const f11 = <React.Fragment><Foo /></React.Fragment>; // want "react/jsx-no-useless-fragment"
export const f12 = <>{render()}</>;
export const f13 = /* want "react/jsx-no-useless-fragment" */ <>
  <Foo />
</>;
export const f14 = <div><>x</></div>; // want "Fragments should contain more than one child" "Passing a fragment to an HTML element"
export const f15 = <Foo footer={<>x</>} />;
