export const v_useCard = 1
