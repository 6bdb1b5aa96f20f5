export const v_helper = 1
