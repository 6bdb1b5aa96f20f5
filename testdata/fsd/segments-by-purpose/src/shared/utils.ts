export const v_utils = 1
