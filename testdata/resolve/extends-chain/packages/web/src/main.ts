import { ui } from "@shared/ui";
import { feature } from "@app/features/login";
import { again } from "./features/login/index.js";
export { ui, feature, again };
