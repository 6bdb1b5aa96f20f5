export interface Options { // want "ts/consistent-type-definitions: Use a `type` instead of an `interface`.$"
  debug?: boolean;
}
export declare function run(options: Options): void;
