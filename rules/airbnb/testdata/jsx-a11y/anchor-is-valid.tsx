declare const url: string;
declare function go(): void;
declare function Link(props: { to?: string; onClick?: () => void; children?: unknown }): JSX.Element;

export const a1 = <a>x</a>; // want "The href attribute is required"
export const a2 = <a href="/about">About</a>;
export const a3 = <a href="#">Top</a>; // want "The href attribute requires a valid value"
export const a4 = <a href="">x</a>; // want "The href attribute requires a valid value"
export const a5 = <a href="javascript:void(0)">x</a>; // want "The href attribute requires a valid value"
export const a6 = <a onClick={go}>x</a>; // want "Anchor used as a button"
export const a7 = <a href="#" onClick={go}>x</a>; // want "Anchor used as a button"
export const a8 = <a href={url}>x</a>;
export const a9 = <a href={undefined}>x</a>; // want "The href attribute is required"
export const a10 = <a {...{ title: 'x' }}>x</a>;
export const a11 = <a href>x</a>;
export const a12 = <a href={'#'}>x</a>; // want "The href attribute requires a valid value"
export const l1 = <Link to="/home">Home</Link>;
export const l2 = <Link>Home</Link>; // want "The href attribute is required"
export const l3 = <Link to="javascript:void(0)">x</Link>; // want "requires a valid value"
export const l4 = <Link to={url} onClick={go}>x</Link>;
