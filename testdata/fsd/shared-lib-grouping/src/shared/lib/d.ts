export const v_d = 1
