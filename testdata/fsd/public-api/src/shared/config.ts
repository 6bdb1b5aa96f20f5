export const v_config = 1
