export const v_About = 1
