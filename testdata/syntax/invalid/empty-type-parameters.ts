// An empty type parameter list; TypeScript and esbuild reject this.
export const typed = <>(x: number) => x;
