// a .ts file without imports or exports: global, but under moduleDetection
// "force" (Vite's templates) a module; interfaces here are fixed
interface Settings { // want "ts/consistent-type-definitions: Use a `type` instead of an `interface`.$"
  theme: string;
}
