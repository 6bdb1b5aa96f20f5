import React, { memo, useCallback, useMemo, createElement } from 'react';

declare const Table: React.FC<any>;
declare const Layout: React.FC<any>;
declare const items: string[];

// A component defined inside a component.
function Outer() {
  function Inner() { // want "move this component definition out of the parent component “Outer” and pass data as props.$"
    return <div />;
  }
  const Row = () => <tr />; // want "parent component “Outer”"
  return <Inner />;
}

// Arrow parent component: its variable name is used.
const ArrowParent = () => {
  const Cell = () => <td />; // want "parent component “ArrowParent”"
  return <Cell />;
};

// memo inside a component.
function WithMemo() {
  const M = memo(() => <span />); // want "parent component “WithMemo”"
  return <M />;
}

// An inline function returning JSX passed as a prop.
function PropPasser() {
  return <Table footer={() => <div />} />; // want "If you want to allow component creation in props"
}

// Render props by name, children functions, JSX elements as props: fine.
function RenderProps() {
  return (
    <Layout
      renderFooter={() => <div />}
      header={<h1>title</h1>}
      children={() => <p />}
    >
      {(value: string) => <b>{value}</b>}
    </Layout>
  );
}

// Object property in props.
function ObjectProps() {
  return <Table components={{ Footer: () => <div /> }} />; // want "parent component “ObjectProps”"
}

function RenderObjectProps() {
  return <Table options={{ renderCell: () => <div /> }} />;
}

// createElement's props.
function CreateElementProps() {
  return createElement(Table, { Footer: () => <div /> }); // want "parent component “CreateElementProps”"
}

// map callbacks are fine.
function Mapped() {
  return <ul>{items.map((it) => <li key={it}>{it}</li>)}</ul>;
}

// useCallback/useMemo callbacks are not components, but an arrow returned
// by one (as an expression body) is.
function Hooked() {
  const renderRow = useCallback(() => <tr />, []);
  const Header = useMemo(() => () => <thead />, []); // want "parent component “Hooked”"
  const Footer = useMemo(() => {
    return () => <tfoot />;
  }, []);
  return <table>{renderRow()}<Header /><Footer /></table>;
}

// A nested function returning only null.
function ReturnsNull() {
  const Empty = () => null;
  return <Empty />;
}

// Lower-case helper inside a component: not a component.
function Helpers() {
  const renderItem = () => <li />;
  return <ul>{renderItem()}</ul>;
}

// Lower-case parent: not a component parent.
function render() {
  const Item = () => <li />;
  return <Item />;
}

// Class component: functions in render() that are components.
class Legacy extends React.Component {
  render() {
    const Title = () => <h1 />; // want "parent component “Legacy”"
    return <Title />;
  }
}

// Top-level components are fine.
const Top = () => <div />;
function AlsoTop() {
  return <Top />;
}

export { Outer, ArrowParent, WithMemo, PropPasser, RenderProps, ObjectProps, RenderObjectProps, CreateElementProps, Mapped, Hooked, ReturnsNull, Helpers, render, Legacy, AlsoTop };

// More shapes. Inside memo/forwardRef the parent is the wrapper call, which has
// no name for the message.
const MemoOuter = memo(() => {
  const Inner = () => <i />; // want "out of the parent component and pass data as props.$"
  return <Inner />;
});

const RefOuter = React.forwardRef<HTMLDivElement>((props, ref) => {
  function RefInner() { // want "out of the parent component and pass data as props.$"
    return <div ref={ref} />;
  }
  return <RefInner />;
});

function WithClass() {
  class Nested extends React.Component { // want "parent component “WithClass”"
    render() {
      return null;
    }
  }
  return <Nested />;
}

function RenderNamed() {
  return (
    <>
      <Table render={() => <div />} />
      <Table renderer={{ Cell: () => <td /> }} />
      <Table onClick={() => items.push('x')} />
      <Table cell={function Cell() { return <td />; }} /> {/* want "parent component “RenderNamed”.*allowAsProps" */}
    </>
  );
}

// A custom hook is not a component parent.
function useCustomHook() {
  const Thing = () => <div />;
  return Thing;
}

function EffectOuter() {
  React.useEffect(() => {
    const InEffect = () => <div />; // want "parent component “EffectOuter”"
    return () => void InEffect;
  }, []);
  function renderRow() {
    return <tr />;
  }
  return <table>{renderRow()}</table>;
}

// createElement's props object, however deep the component sits in it.
function NestedCreateElement() {
  return React.createElement(Table, { options: { Footer: () => <div /> } }); // want "parent component “NestedCreateElement”.*allowAsProps"
}

export { MemoOuter, RefOuter, WithClass, RenderNamed, useCustomHook, EffectOuter, NestedCreateElement };
