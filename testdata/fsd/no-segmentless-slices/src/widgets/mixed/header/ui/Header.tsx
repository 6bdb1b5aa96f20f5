export const v_Header = 1
