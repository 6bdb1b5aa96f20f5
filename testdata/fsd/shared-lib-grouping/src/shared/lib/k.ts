export const v_k = 1
