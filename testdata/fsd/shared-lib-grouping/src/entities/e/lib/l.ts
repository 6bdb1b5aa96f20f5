export const v_l = 1
