// An unterminated string in an import.
import { a } from "./a;
