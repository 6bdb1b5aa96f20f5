export const v_Router = 1
