export const v_o = 1
