// A CommonJS TypeScript module (.cts): import = require and export =.
import fs = require("fs");
import type { Stats } from "fs";

function statSize(path: string): number {
  const stats: Stats = fs.statSync(path);
  return stats.size;
}

interface Exported {
  statSize: typeof statSize;
}

const api: Exported = { statSize };
export = api;
