export const v_LoginForm = 1
