export const v_List = 1
