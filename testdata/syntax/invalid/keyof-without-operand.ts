// `keyof` needs a type operand; TypeScript and esbuild reject this.
export type Keys<T> = { [K in keyof ]: T };
