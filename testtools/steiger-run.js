// Runs Steiger (steiger@0.6.0 + @feature-sliced/steiger-plugin@0.7.0, every
// rule on, including the three that are off by default) on FSD fixture trees
// and prints {"<case dir>": [{rule, path, message}]} as JSON.
//
// Usage: node steiger-run.js [--in-place] <case dir>...   (each case's FSD root is <case>/src)
// --in-place skips the copy (for benchmarks on a generated tree outside any repository).
//
// Each case is copied to a temporary folder first: Steiger reads its config
// from the working directory and .gitignore files from the nearest .git, and
// the copy keeps both under our control. Steiger never runs with --fix, so it
// never writes; it never prompts because the root it is given always exists.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const here = __dirname;
const cli = path.join(here, 'node_modules', 'steiger', 'dist', 'cli.mjs');
const plugin = path.join(here, 'node_modules', '@feature-sliced', 'steiger-plugin', 'dist', 'index.js');

const config = `import fsd from ${JSON.stringify(plugin)}
export default [
  ...fsd.configs.recommended,
  { rules: { 'fsd/no-cross-imports': 'error', 'fsd/no-higher-level-imports': 'error', 'fsd/import-locality': 'error' } },
]
`;

let inPlace = false;

function runCase(caseDir) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'steiger-case-'));
  const copy = inPlace ? caseDir : path.join(tmp, 'tree');
  const cwd = path.join(tmp, 'cwd');
  if (!inPlace) fs.cpSync(caseDir, copy, { recursive: true });
  fs.mkdirSync(cwd);
  fs.writeFileSync(path.join(cwd, 'steiger.config.mjs'), config);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, path.join(copy, 'src'), '--reporter', 'json'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      fs.rmSync(tmp, { recursive: true, force: true });
      if (code !== 0 && code !== 1) {
        reject(new Error(`steiger exited ${code} on ${caseDir}:\n${err}`));
        return;
      }
      let diagnostics;
      try {
        diagnostics = JSON.parse(out);
      } catch (e) {
        reject(new Error(`steiger printed no JSON on ${caseDir}: ${e.message}\n${out}\n${err}`));
        return;
      }
      resolve(
        diagnostics.map((d) => ({
          rule: d.ruleName,
          path: path.join(caseDir, path.relative(copy, d.location.path)).split(path.sep).join('/'),
          message: d.message,
        })),
      );
    });
  });
}

async function main() {
  let cases = process.argv.slice(2);
  if (cases[0] === '--in-place') {
    inPlace = true;
    cases = cases.slice(1);
  }
  const results = {};
  let next = 0;
  async function worker() {
    while (next < cases.length) {
      const c = cases[next++];
      results[c] = await runCase(c);
    }
  }
  await Promise.all([worker(), worker()]);
  process.stdout.write(JSON.stringify(results, null, 1));
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
