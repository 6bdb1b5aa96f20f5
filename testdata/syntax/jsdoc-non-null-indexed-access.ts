// A JSDoc-style postfix `!` after an indexed access type (both peers accept it).
type Settings = { theme: string | null };
export type Theme = Settings["theme"]!;
