export const v_Cart = 1
