export const v_Switcher = 1
