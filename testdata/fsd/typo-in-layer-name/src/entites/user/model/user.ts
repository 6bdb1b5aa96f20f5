export const v_user = 1
