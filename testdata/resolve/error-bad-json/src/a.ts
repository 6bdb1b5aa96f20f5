import { x } from "./x";
