// Namespaces, `declare module`, `declare global`, and declarations inside them.
export namespace Geometry {
  export interface Point {
    x: number;
    y: number;
  }
  export type Vector = [number, number];
  export namespace Shapes {
    export type Circle = { center: Point; radius: number };
  }
  export function distance(a: Point, b: Point): number {
    type Delta = number;
    const dx: Delta = a.x - b.x;
    return Math.hypot(dx, a.y - b.y);
  }
}

namespace Outer.Inner.Deep {
  export const value = 1;
  interface Hidden {
    secret: string;
  }
}

module Legacy {
  export const old = true;
}

declare module "virtual:config" {
  import type { Level } from "./enums";
  export interface Config {
    level: Level;
  }
  const config: Config;
  export default config;
}

declare module "*.svg" {
  const url: string;
  export default url;
}

declare global {
  interface Window {
    __APP_STATE__: unknown;
  }
  type GlobalId = string;
  var appVersion: string;
}

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: "development" | "production";
  }
}

export const deep = Outer.Inner.Deep.value + (Legacy.old ? 1 : 0);
