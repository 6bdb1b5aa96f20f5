export const v_X = 1
