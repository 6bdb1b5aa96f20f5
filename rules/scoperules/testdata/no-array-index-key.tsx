import * as React from 'react';

type Item = { id: string };

export function List({ items, children }: { items: Item[]; children: React.ReactNode }) {
  return (
    <ul>
      {items.map((item, i) => <li key={i}>{item.id}</li>)} {/* want "Do not use Array index in keys" */}
      {items.map((item, index) => <li key={`row-${index}`}>{item.id}</li>)} {/* want "Do not use Array index in keys" */}
      {items.map((item, idx) => <li key={'row' + idx}>{item.id}</li>)} {/* want "Do not use Array index in keys" */}
      {items.map((item, n) => <li key={n.toString()}>{item.id}</li>)} {/* want "Do not use Array index in keys" */}
      {items.map((item, n) => <li key={String(n)}>{item.id}</li>)} {/* want "Do not use Array index in keys" */}
      {items.map((item) => <li key={item.id}>{item.id}</li>)}
      {items.reduce((acc: React.ReactNode[], item, i) => [...acc, <li key={i}>{item.id}</li>], [])} {/* want "Do not use Array index in keys" */}
      {React.Children.map(children, (child, i) => React.cloneElement(child as React.ReactElement, { key: i }))} {/* want "Do not use Array index in keys" */}
    </ul>
  );
}
