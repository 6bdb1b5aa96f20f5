declare const user: { name: string; id: number; 'first-name': string };
declare const list: number[];
let first = 0;
let name = '';

export const id = user.id; // want "Use object destructuring."
export const label = user.name;
export function g() {
  const id: number = user.id; // want "Use object destructuring."
  return id;
}
export const zero = list[0];
first = list[0]; // want "Use array destructuring."
name = user.name;
export function h() {
  const name = user['name']; // want "Use object destructuring."
  return name;
}
export const opt = user?.id;
export const cast = user.id as number;
export { first, name };
