export const v_lib = 1
