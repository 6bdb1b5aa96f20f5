// TypeScript-only syntax in a .js file: an `as` expression.
export const el = document.body as HTMLElement;
