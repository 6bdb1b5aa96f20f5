import { x } from "@/x";
import { y } from "#cfg/y";
import { z } from "src/x";
export { x, y, z };
