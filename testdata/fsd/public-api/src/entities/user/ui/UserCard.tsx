export const v_UserCard = 1
