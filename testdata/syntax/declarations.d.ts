// A declaration file: only ambient declarations.
export declare function parse(input: string): Document;
export declare function parse(input: Buffer, encoding: string): Document;
export declare const VERSION: string;
export declare let mutable: number;
declare var legacyGlobal: unknown;
export declare class Document {
  private constructor();
  readonly root: Element;
  static create(): Document;
  query<T extends Element = Element>(selector: string): T | null;
  get title(): string;
  set title(value: string);
}
export interface Element {
  tag: string;
  children: Element[];
}
export default interface DefaultInterface {
  id: number;
}
export type Visitor = (node: Element) => void | false;
export declare namespace Utils {
  function walk(root: Element, visit: Visitor): void;
  interface Options {
    deep?: boolean;
  }
  type Mode = "fast" | "safe";
}
declare module "ambient-module" {
  export function ambient(): void;
}
export declare abstract class AbstractBase {
  abstract run(): void;
}
export declare enum Kind { A, B }
export as namespace DeclLib;
export {};
