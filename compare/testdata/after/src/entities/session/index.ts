export { session } from './model/session';
