export const env = 'dev';
