import type { User } from "@/entities/user";

let current: User | null = null;

export function login(user: User): void {
  current = user;
}

export function isLoggedIn(): boolean {
  // Violation: == instead of ===.
  return current != null && current.id == "u-1";
}
