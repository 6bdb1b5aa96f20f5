export const user = 'user';
