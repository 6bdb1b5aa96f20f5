export const v_p = 1
