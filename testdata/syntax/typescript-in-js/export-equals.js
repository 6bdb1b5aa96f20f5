// `export =` is TypeScript-only syntax.
const ratio = 1;
export = { ratio };
