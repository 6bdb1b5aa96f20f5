import { useState, useEffect } from 'react'; // want "'useEffect' is defined but never used."
import type { User } from './user';
import type { Unused } from './unused'; // want "'Unused' is defined but never used."
import * as helpers from './helpers'; // want "'helpers' is defined but never used."

export const users: User[] = [];

type Local = { id: string }; // want "'Local' is defined but never used."
type Used = { id: string };
interface Shape { kind: string } // want "'Shape' is defined but never used."
export const item: Used = { id: '1' };

const unusedConst = 1; // want "'unusedConst' is assigned a value but never used."
let counter = 0;
counter += 1; // want "'counter' is assigned a value but never used."

let ticks = 0;
ticks++; // want "'ticks' is assigned a value but never used."

export function afterUsed(a: number, b: number, c: number) { // want "'c' is defined but never used."
  return b;
}

export function allUsed(a: number, b: number) {
  return a + b;
}

function recursive(n: number): number { // want "'recursive' is defined but never used."
  return n <= 0 ? 0 : recursive(n - 1);
}

export function restSiblings(props: { id: string; title: string }) {
  const { id, ...rest } = props;
  return rest;
}

export function useCounter() {
  const [count, setCount] = useState(0);
  return { count, inc: () => setCount(count + 1) };
}

export function caught() {
  try {
    return JSON.parse('{}');
  } catch (error) {
    return null;
  }
}

export function destructured({ a, b }: { a: number; b: number }) { // want "'b' is defined but never used."
  return a;
}

export function callbackParam(list: number[]) {
  return list.map((value, index) => index);
}

const viaTypeof = { a: 1 };
export type ViaTypeof = typeof viaTypeof;

enum Color { Red, Green } // want "'Color' is defined but never used."

export default function Component() {
  const handler = function named() {};
  return handler;
}

declare global {
  interface Window { appVersion: string }
}

export { allUsed as alias };
const exportedLater = 2;
export { exportedLater };

for (const key of Object.keys({})) { // want "'key' is assigned a value but never used."
}
