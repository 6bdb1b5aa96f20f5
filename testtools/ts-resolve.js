#!/usr/bin/env node
// Resolves import specifiers the way the TypeScript compiler does, for the
// resolver's differential test.
//
//   node ts-resolve.js QUERIES.json   (or the JSON on stdin)
//
// QUERIES.json: [{"from": "/abs/file.ts", "specifier": "./x"}, …]
// Prints a JSON array, one entry per query:
//   {"resolved": "/abs/target.ts" | null, "external": bool, "config": "/abs/tsconfig.json" | null,
//    "error": "config" when the file's config is not valid JSON (then resolved is null)}
// Each file is resolved with its nearest tsconfig.json (else jsconfig.json)
// parsed by ts.getParsedCommandLineOfConfigFile; when that config does not
// include the file but references projects, the referenced project that
// includes it (depth first) is used, as a solution-style config intends.
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const input = process.argv[2] ? fs.readFileSync(process.argv[2], "utf8") : fs.readFileSync(0, "utf8");
const queries = JSON.parse(input);

const parsedConfigs = new Map();
function parseConfig(file) {
  if (parsedConfigs.has(file)) return parsedConfigs.get(file);
  const existing = path.basename(file) === "jsconfig.json" ? { allowJs: true } : {};
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} };
  let parsed;
  try {
    parsed = ts.getParsedCommandLineOfConfigFile(file, existing, host) || null;
  } catch (e) {
    parsed = null;
  }
  // A config that is not valid JSON (syntax diagnostics are numbered below
  // 2000) is unusable for fsdlint; TypeScript's recovered reading of it is
  // not compared.
  if (parsed && parsed.errors.some((d) => d.code < 2000)) parsed = null;
  parsedConfigs.set(file, parsed);
  return parsed;
}

const nearestByDir = new Map();
function nearestConfig(dir) {
  if (nearestByDir.has(dir)) return nearestByDir.get(dir);
  let found = null;
  for (const name of ["tsconfig.json", "jsconfig.json"]) {
    const p = path.join(dir, name);
    if (fs.existsSync(p) && fs.statSync(p).isFile()) {
      found = p;
      break;
    }
  }
  if (!found && path.dirname(dir) !== dir) found = nearestConfig(path.dirname(dir));
  nearestByDir.set(dir, found);
  return found;
}

function includes(parsed, file) {
  return parsed.fileNames.some((f) => path.resolve(f) === file);
}

function referenced(parsed, file, seen) {
  for (const ref of parsed.projectReferences || []) {
    const p = ts.resolveProjectReferencePath(ref);
    if (seen.has(p)) continue;
    seen.add(p);
    const rp = parseConfig(p);
    if (!rp) continue;
    if (includes(rp, file)) return { path: p, parsed: rp };
    const deeper = referenced(rp, file, seen);
    if (deeper) return deeper;
  }
  return null;
}

function projectFor(file) {
  const cfgPath = nearestConfig(path.dirname(file));
  if (!cfgPath) return { path: null, options: {} };
  const parsed = parseConfig(cfgPath);
  if (!parsed) return { path: cfgPath, options: null };
  if ((parsed.projectReferences || []).length && !includes(parsed, file)) {
    const ref = referenced(parsed, file, new Set([cfgPath]));
    if (ref) return { path: ref.path, options: ref.parsed.options };
  }
  return { path: cfgPath, options: parsed.options };
}

const out = queries.map((q) => {
  const from = path.resolve(q.from);
  const project = projectFor(from);
  if (!project.options) return { resolved: null, external: false, config: project.path, error: "config" };
  const r = ts.resolveModuleName(q.specifier, from, project.options, ts.sys);
  const m = r.resolvedModule;
  return {
    resolved: m ? path.resolve(m.resolvedFileName).split(path.sep).join("/") : null,
    external: m ? !!m.isExternalLibraryImport : false,
    config: project.path,
  };
});
process.stdout.write(JSON.stringify(out));
