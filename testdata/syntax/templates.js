// Template literals: nesting, tags, braces inside substitutions.
const name = "world";
const items = [1, 2, 3];
export const greeting = `Hello, ${name}!`;
export const multiline = `line one
line two ${items.length} items
line three`;
export const nested = `outer ${`inner ${name.toUpperCase()} done`} end`;
export const withObject = `config: ${JSON.stringify({ a: 1, b: { c: 2 } })}`;
export const withArrow = `${items.map((i) => { return `<li>${i}</li>`; }).join("")}`;
export const raw = String.raw`C:\path\to\${name}`;
const tag = (strings, ...values) => strings.raw.join("|") + values.join(",");
export const tagged = tag`a${1}b${2}c`;
export const memberTag = String.raw`\n`.length;
export const empty = ``;
export const escaped = `a \` backtick and \${not a substitution}`;
export const dollar = `$ ${"$"} {}`;
export const braces = `${"{"}${"}"}`;
