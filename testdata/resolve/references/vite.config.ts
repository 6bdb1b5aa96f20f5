import { plugin } from "@/plugin";
import { defineConfig } from "vite";
export default defineConfig({ plugins: [plugin] });
