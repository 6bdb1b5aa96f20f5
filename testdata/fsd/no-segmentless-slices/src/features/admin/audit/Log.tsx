export const v_Log = 1
