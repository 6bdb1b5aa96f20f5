export const v_Banner = 1
