export const v_User = 1
