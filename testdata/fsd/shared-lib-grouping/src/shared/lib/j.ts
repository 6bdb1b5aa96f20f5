export const v_j = 1
