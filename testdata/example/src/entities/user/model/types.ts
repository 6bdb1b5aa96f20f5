// Violation: an interface where the project wants type aliases.
export interface User {
  id: string;
  name: string;
  email: string;
}
