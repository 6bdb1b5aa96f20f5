// The options of an import type must be `{ with: … }`; TypeScript rejects other keys.
export type Id = import("./types-basic", { wth: { "resolution-mode": "import" } }).Id;
