export const v_App = 1
