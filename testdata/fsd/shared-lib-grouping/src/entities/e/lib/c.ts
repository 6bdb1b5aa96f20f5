export const v_c = 1
