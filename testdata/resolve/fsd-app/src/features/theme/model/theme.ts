import { storage } from "@/shared/lib";
export const useTheme = () => storage;
