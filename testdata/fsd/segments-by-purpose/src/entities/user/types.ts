export const v_types = 1
