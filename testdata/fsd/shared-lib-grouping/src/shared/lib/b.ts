export const v_b = 1
