export const v_Login = 1
