export const v_a = 1
