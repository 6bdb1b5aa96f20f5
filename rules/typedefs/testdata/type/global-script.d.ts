interface Window { // want "No autofix: `Window` is declared in the global scope of a declaration file without imports"
  appVersion: string;
}
declare namespace NodeJS {
  interface ProcessEnv { // want "No autofix: `ProcessEnv` is declared in the global scope"
    API_URL: string;
  }
}
declare function helper(): void;
