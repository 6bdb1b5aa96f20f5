import { v_Home } from '@/_pages/home'
export const App = v_Home
