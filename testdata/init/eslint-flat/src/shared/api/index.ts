export const base = '/api';
