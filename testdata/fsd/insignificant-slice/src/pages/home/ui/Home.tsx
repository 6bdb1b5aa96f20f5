export const Home = 1
