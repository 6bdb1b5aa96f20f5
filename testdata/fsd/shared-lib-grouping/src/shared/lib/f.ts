export const v_f = 1
