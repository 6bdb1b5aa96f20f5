export type { User, Address } from './model/types';
