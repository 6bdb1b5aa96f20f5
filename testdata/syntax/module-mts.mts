// An ES module in TypeScript (.mts) with top-level await.
import { readFile } from "node:fs/promises";
import type { Buffer } from "node:buffer";

type Manifest = { name: string; version: string };

const raw: Buffer = await readFile(new URL("./package.json", import.meta.url));
export const manifest: Manifest = JSON.parse(raw.toString("utf8"));
export default manifest;
