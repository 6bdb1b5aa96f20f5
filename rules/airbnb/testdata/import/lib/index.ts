export { util } from './util';
