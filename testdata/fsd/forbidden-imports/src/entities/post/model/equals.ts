import store = require('@/app/store') // want "fsd/forbidden-imports" "fsd/no-higher-level-imports"
export const s = store
