declare const src: string;
declare const label: string;

export const i1 = <img src={src} />; // want "img elements must have an alt prop"
export const i2 = <img src={src} alt="A cat" />;
export const i3 = <img src={src} alt="" />;
export const i4 = <img src={src} alt={undefined} />; // want "Invalid alt value for img"
export const i5 = <img src={src} alt />; // want "Invalid alt value for img"
export const i6 = <img src={src} alt={label} />;
export const i7 = <img src={src} role="presentation" />; // want "Prefer alt=\"\" over a presentational role"
export const i8 = <img src={src} aria-label={label} />;
export const i9 = <img src={src} aria-label="" />; // want "The aria-label attribute must have a value"
export const i10 = <img src={src} aria-labelledby="x" />;
export const i11 = <img src={src} alt={null} />; // want "Invalid alt value"
export const i12 = <img src={src} {...{ alt: 'x' }} />;
export const a1 = <area />; // want "Each area of an image map must have a text alternative"
export const a2 = <area alt="Region" />;
export const a3 = <area aria-label="Region" />;
export const n1 = <input type="image" />; // want "<input> elements with type=\"image\" must have a text alternative"
export const n2 = <input type="image" alt="Submit" />;
export const n3 = <input type="text" />;
export const o1 = <object />; // want "Embedded <object> elements must have alternative text"
export const o2 = <object title="Chart" />;
export const o3 = <object>A chart</object>;
export const o4 = <object aria-label="Chart" />;
export const o5 = <object title={label} />; // want "Embedded <object>"
export const o6 = <object><span aria-hidden /></object>; // want "Embedded <object>"
export const o7 = <Image src={src} />;
declare function Image(props: { src: string }): JSX.Element;
