// Early error: `__proto__` given twice in one object literal.
export const proto = { __proto__: null, __proto__: Object.prototype };
