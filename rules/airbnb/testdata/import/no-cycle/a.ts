import { b } from './b'; // want "Dependency cycle"
import type { D } from './d';
import './side';

export const a = () => b;
export type A = D;
