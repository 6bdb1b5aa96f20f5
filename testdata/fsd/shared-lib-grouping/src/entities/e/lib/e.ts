export const v_e = 1
