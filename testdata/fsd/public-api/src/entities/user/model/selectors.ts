export const v_store = 2
export const selectUser = 1
