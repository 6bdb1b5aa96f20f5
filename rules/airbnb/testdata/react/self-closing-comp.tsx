declare function Foo(props: { children?: unknown }): JSX.Element;
declare const Ns: { Item: typeof Foo };

export const a = <Foo></Foo>; // want "Empty components are self-closing"
export const b = <div></div>; // want "react/self-closing-comp"
export const c = <div> </div>;
export const d = <Foo // want "react/self-closing-comp"
>
</Foo>;
export const e = <Ns.Item></Ns.Item>; // want "react/self-closing-comp"
export const f = <Foo>x</Foo>;
export const g = <Foo />;
export const h = <div>{' '}</div>;
export const i = <Foo // want "react/self-closing-comp"
>

</Foo>;
export const j = <svg:rect></svg:rect>; // want "react/self-closing-comp"
export const k = <div>&nbsp;</div>;
