export const v_useUser = 1
