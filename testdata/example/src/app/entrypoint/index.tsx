import type { ReactNode } from "react";
import { StrictMode } from "react";

export function Providers({ children }: { children: ReactNode }) {
  return <StrictMode>{children}</StrictMode>;
}
