export const v_F = 1
