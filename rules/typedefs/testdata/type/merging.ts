export interface Twice { a: 1 } // want "ts/consistent-type-definitions: .*No autofix: `Twice` merges"
export interface Twice { b: 2 } // want "ts/consistent-type-definitions: .*No autofix: `Twice` merges"

export class Box {}
export interface Box { size: number } // want "No autofix: `Box` merges"

export function fn() {}
export interface fn { extra: 1 } // want "No autofix: `fn` merges"

enum Color { Red }
interface Color { x: 1 } // want "No autofix: `Color` merges"

export namespace NS { export const v = 1; }
export interface NS { y: 2 } // want "No autofix: `NS` merges"

namespace Split { export interface Part { a: 1 } } // want "No autofix: `Part` merges"
namespace Split { export interface Part { b: 2 } } // want "No autofix: `Part` merges"

export const Value = 1;
export interface Value { z: 3 } // want "ts/consistent-type-definitions: Use a `type` instead of an `interface`.$"

export function scopes() {
  interface Twice { c: 3 } // want "ts/consistent-type-definitions: Use a `type` instead of an `interface`.$"
  return null as unknown as Twice;
}

export function inner() {
  class Local {}
  interface Local { extra: 1 } // want "No autofix: `Local` merges"
  return Local;
}
