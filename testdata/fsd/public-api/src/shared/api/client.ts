export const v_client = 1
