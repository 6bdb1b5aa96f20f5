/// <reference path"./globals.d.ts" />
// A malformed triple-slash reference directive: TypeScript reports it while parsing.
export const version = "1";
