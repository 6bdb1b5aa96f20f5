export const v_h = 1
