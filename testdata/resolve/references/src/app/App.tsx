import { Page } from "@/pages/home";
import { helper } from "@/shared/lib/helper.ts";
export const App = () => [Page, helper];
