export const v_store = 1
