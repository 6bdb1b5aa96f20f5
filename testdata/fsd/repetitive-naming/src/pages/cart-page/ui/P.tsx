export const v_P = 1
