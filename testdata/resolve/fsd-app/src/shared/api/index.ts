export const api = {};
export const login = () => api;
