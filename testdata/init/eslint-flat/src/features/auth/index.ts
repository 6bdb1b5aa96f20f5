export const login = (): boolean => true;
