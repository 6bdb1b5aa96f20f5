export const v_R = 1
