import { Button } from "@/shared/ui";
import { api } from "../shared/api";
const lazy = import("@/pages/home");
const legacy = require("./legacy");
export { Button, api, lazy, legacy };
