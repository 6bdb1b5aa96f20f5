export const v_i = 1
