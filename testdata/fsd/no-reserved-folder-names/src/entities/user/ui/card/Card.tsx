export const v_Card = 1
