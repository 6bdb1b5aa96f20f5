// An unclosed type argument list.
export const m = new Map<string, number();
