export const v_Menu = 1
