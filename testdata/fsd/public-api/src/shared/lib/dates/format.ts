export const v_format = 1
