export const v_x = 1
