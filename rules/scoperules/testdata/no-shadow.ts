const user = { name: 'a' };

export function show(user: { name: string }) { // want "'user' is already declared in the upper scope on line 1 column 7."
  return user.name;
}

type Props = { id: string };
export const Props = { id: '' };

export function inner() {
  const value = 1;
  if (value) {
    const value = 2; // want "'value' is already declared in the upper scope on line 11 column 9."
    return value;
  }
  return value;
}

export function later() {
  const helper = 1; // want "'helper' is already declared in the upper scope on line 24 column 10."
  return helper;
}

function helper() {
  return 0;
}
helper();

export function notHoisted() {
  const item = 1;
  return item;
}
const item = 2;
console.log(item);

export type Fn = (user: string) => void;

export const named = function named() {};
