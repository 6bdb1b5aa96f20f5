import 'vue';

declare module 'vue' {
  interface ComponentCustomProperties { // want "No autofix: an interface in `declare global` or `declare module"
    $t: (key: string) => string;
  }
}
