// An empty type argument list.
export let map: Map<>;
