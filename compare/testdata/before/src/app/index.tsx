import { HomePage } from '@/pages/home';

export const App = () => <HomePage />;
