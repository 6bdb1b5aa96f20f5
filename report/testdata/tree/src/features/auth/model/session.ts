export const login = () => {};
