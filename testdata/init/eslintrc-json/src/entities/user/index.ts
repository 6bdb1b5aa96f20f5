export type User = { id: string };
