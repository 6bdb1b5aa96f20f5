export const v_circle = 1
