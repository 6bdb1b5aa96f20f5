export const v_m = 1
