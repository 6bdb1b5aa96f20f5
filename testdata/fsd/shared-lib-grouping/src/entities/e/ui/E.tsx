export const v_E = 1
