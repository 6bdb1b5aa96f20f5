// Early error: `new.target` outside a function.
export const target = new.target;
