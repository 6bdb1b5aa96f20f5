// A type annotation with a missing type.
export let value: = 1;
