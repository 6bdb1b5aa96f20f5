export function lazyConfig() {
  return require('@/app/config') // want "fsd/forbidden-imports"
}
export const user = 1
