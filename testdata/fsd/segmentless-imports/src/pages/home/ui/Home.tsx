export const about = () => import('@/pages/about/About') // want "fsd/forbidden-imports" "fsd/no-public-api-sidestep"
export const Home = 1
