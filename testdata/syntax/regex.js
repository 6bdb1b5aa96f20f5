// Regular expressions with every flag, and `/` as division in nearby code.
export const indices = /(?<year>\d{4})-(?<month>\d{2})/d;
export const all = /a.b/gimsuy;
export const sets = /[\p{L}--[a-z]]/v;
export const slashInClass = /[/]+/g;
export const escapedSlash = /a\/b/;
export const afterParen = (1 + 2) / 3 / 4;
export const afterIdent = Math.PI / 2;
export const afterReturn = () => {
  return /^\s*$/.test("   ");
};
export const inArray = [/x/, /y/i];
export const inCall = "a-b-c".split(/-/);
export const conditional = Math.random() > 0.5 ? /yes/ : /no/;
export const afterBlock = (() => {})();
let ratio = 10;
ratio /= 2;
export { ratio };
export const divided = ratio / 2 / 1;
export const regexAfterComma = ["x".replace(/x/g, "y"), /z/.source];
