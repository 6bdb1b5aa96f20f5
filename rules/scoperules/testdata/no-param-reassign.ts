export function assign(user: { name: string }) {
  user = { name: 'x' }; // want "Assignment to function parameter 'user'."
  return user;
}

export function props(props: { title: string; meta: { a: number } }) {
  props.title = 'x'; // want "Assignment to property of function parameter 'props'."
  props.meta.a = 1; // want "Assignment to property of function parameter 'props'."
  props['title'] = 'y'; // want "Assignment to property of function parameter 'props'."
  delete (props as any).meta; // want "Assignment to property of function parameter 'props'."
  return props;
}

export function update(count: number, box: { n: number }) {
  count++; // want "Assignment to function parameter 'count'."
  box.n++; // want "Assignment to property of function parameter 'box'."
  return count;
}

export const reducer = (list: number[]) =>
  list.reduce((acc: Record<string, number>, x) => {
    acc[String(x)] = x;
    return acc;
  }, {});

const cache: Record<number, number> = {};
export function notModifications(p: { a: number; push(x: number): void }) {
  p.push(1);
  cache[p.a] = 0;
  const q = p;
  return q;
}

export function handler(e: { target: { value: string } }, event: { value: string }) {
  e.target.value = '';
  event.value = ''; // want "Assignment to property of function parameter 'event'."
}

export function destructure(p: { a: number }, o: { a: number }) {
  ({ a: p.a } = o); // want "Assignment to property of function parameter 'p'."
}
