console.log('x'); // want "Unexpected console statement."
console['warn']('y'); // want "Unexpected console statement."
export function f(console: { log(x: string): void }) {
  console.log('local');
}
const logger = { info: (x: string) => x };
logger.info('fine');
