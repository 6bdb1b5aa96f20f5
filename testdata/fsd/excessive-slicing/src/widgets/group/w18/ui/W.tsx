export const v_W = 1
