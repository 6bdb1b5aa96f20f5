export const v_n = 1
