export type Legacy = {};
