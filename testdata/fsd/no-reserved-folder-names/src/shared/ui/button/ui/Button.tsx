export const v_Button = 1
