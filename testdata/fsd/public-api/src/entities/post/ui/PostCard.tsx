export const v_PostCard = 1
