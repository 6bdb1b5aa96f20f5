import type { Base } from './base';

export default interface Config<T = unknown> extends Base, Partial<Record<'a', T>> { // want "ts/consistent-type-definitions"
  debug: boolean;
}
