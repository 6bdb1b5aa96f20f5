export const Button = 2;
