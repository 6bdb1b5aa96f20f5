import 'vue';

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

declare module 'vue' {
  interface ComponentCustomProperties { // want "No autofix: an interface in `declare global` or `declare module"
    $t: (key: string) => string;
  }
}

export {};
