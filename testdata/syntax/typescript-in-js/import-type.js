// TypeScript-only syntax in a .js file: `import type`.
import type { User } from "./user";
export const users = [];
