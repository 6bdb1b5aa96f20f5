export const useUser = 1;
