// A declaration file for an ES module (.d.mts).
export declare function start(port?: number): Promise<void>;
export type Mode = "dev" | "prod";
export interface Options {
  mode: Mode;
}
