// Early error: `super` outside a method.
export function helper() {
  return super.toString();
}
