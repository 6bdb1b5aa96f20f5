export { useTheme } from "./model/theme";
