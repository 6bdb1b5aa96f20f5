import { api } from "@/shared/api";
export type User = { id: string };
export const useUser = () => api;
