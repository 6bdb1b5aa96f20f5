// Async functions, generators, async generators, for-await and top-level await.
export async function load(url) {
  const response = await fetch(url);
  return await response.json();
}

export function* range(start, end, step = 1) {
  for (let i = start; i < end; i += step) {
    yield i;
  }
}

export function* flatten(nested) {
  for (const item of nested) {
    if (Array.isArray(item)) {
      yield* flatten(item);
    } else {
      yield item;
    }
  }
}

export async function* paginate(fetchPage) {
  let cursor = null;
  do {
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.next;
  } while (cursor);
}

export const collect = async (iterable) => {
  const out = [];
  for await (const item of iterable) out.push(item);
  return out;
};

const obj = {
  async method() { return 1; },
  *gen() { yield 1; },
  async *agen() { yield await 2; },
};

export const config = await Promise.resolve({ ready: true, obj });
