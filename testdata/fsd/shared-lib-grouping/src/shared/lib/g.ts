export const v_g = 1
