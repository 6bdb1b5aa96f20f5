#!/usr/bin/env node
// The parse floor for scripts/bench.sh: esbuild (Go, parallel) transforms every
// .ts/.tsx file below DIR once, as a lower bound on "read and parse everything".
// Usage: node esbuild-scan.js ESBUILD_PACKAGE_DIR DIR
'use strict';
const fs = require('fs');
const path = require('path');

const [esbuildDir, root] = process.argv.slice(2);
const esbuild = require(esbuildDir);

function list(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) list(p, out);
    else if (/\.(ts|tsx)$/.test(e.name)) out.push(p);
  }
  return out;
}

async function main() {
  const files = list(root, []);
  let next = 0;
  let failed = 0;
  // A few requests in flight keep esbuild's worker threads busy.
  async function worker() {
    while (next < files.length) {
      const file = files[next];
      next += 1;
      const src = fs.readFileSync(file, 'utf8');
      try {
        await esbuild.transform(src, { loader: file.endsWith('x') ? 'tsx' : 'ts', sourcefile: file });
      } catch (e) {
        failed += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker));
  process.stdout.write(`${files.length} files transformed, ${failed} failed\n`);
  esbuild.stop();
}
main();
