export const v_Input = 1
