import { helper } from '../../helpers' // want "fsd/forbidden-imports" "fsd/no-public-api-sidestep"
export const admin = helper
