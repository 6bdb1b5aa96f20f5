// TypeScript-only syntax in a .js file: an interface.
export interface User {
  id: string;
}
