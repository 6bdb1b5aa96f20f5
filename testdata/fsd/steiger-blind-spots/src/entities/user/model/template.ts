export const page = () => import(`@/app/config`) // want "fsd/forbidden-imports"
