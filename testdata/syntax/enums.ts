// Enums: numeric, string, const, declare, computed members.
export enum Direction {
  Up = 1,
  Down,
  Left,
  Right,
}

export enum Level {
  Debug = "debug",
  Info = "info",
  "Quoted Key" = "quoted",
}

export const enum Flags {
  None = 0,
  A = 1 << 0,
  B = 1 << 1,
  AB = A | B,
  Len = "abc".length,
}

declare enum Ambient {
  X,
  Y,
}

declare const enum AmbientConst {
  Z = 3,
}

export const flags = Flags.A | Flags.B;
export const dir: Direction = Direction.Up;
export type Ambients = Ambient | AmbientConst;
