declare global {
  interface Window { // want "No autofix: an interface in `declare global`"
    appVersion: string;
  }
  namespace NodeJS {
    interface ProcessEnv { // want "No autofix: an interface in `declare global`"
      API_URL: string;
    }
  }
}

export {};
