export const v_ui = 1
