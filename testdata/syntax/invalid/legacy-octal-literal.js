// A legacy octal literal in module code: TypeScript and esbuild reject it.
export const mode = 0755;
