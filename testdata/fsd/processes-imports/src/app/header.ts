export const Header = 1
