export const v_roles = 1
