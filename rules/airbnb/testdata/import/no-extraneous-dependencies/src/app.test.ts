import b from 'dev-b';

export const all = [b];
