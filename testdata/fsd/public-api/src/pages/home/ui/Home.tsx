export const v_Home = 1
