/// <reference types="node" />
import type { Plugin } from 'vite';
import fs = require('fs');

declare global {
  interface Window { __APP__: { version: string } }
  type Maybe<T> = T | null | undefined;
}

declare module '*.module.css' {
  const classes: { readonly [key: string]: string };
  export default classes;
}

declare module 'virtual:config' {
  import type { Config } from './config';
  export const config: Config;
}

export declare function definePlugin<const T extends Plugin>(plugin: T): T;
export declare const enum Mode { Dev, Prod }
export as namespace AppGlobals;
