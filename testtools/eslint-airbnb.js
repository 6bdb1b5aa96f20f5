#!/usr/bin/env node
// ESLint peer for fsdlint's Airbnb differential tests.
//
// Runs ESLint 8 with eslint-config-airbnb + airbnb/hooks + eslint-config-airbnb-typescript
// (parser @typescript-eslint/parser, no type information), but with ONLY the requested
// rules enabled, each with the exact options the Airbnb configs give it.
//
// Usage:
//   node eslint-airbnb.js --rules eqeqeq,no-plusplus [--files-from LIST|-] [FILE…]
//   node eslint-airbnb.js --print-config [--rules …]
//
// Rules are named as fsdlint names them (the ESLint core/plugin name). When
// airbnb-typescript swaps a core rule for its @typescript-eslint twin
// (no-unused-expressions, no-shadow, …) the twin runs, and findings are reported
// under the requested name. Rules that airbnb-typescript turns off for .ts/.tsx
// because "the compiler checks them" (no-dupe-keys, valid-typeof, …) run with
// airbnb-base's options.
//
// Output (stdout): JSON {"rules": {name: [severity, …options]}, "findings": [
//   {file, line, column, endLine, endColumn, ruleId, message, fixed}], "fatal": [
//   {file, line, column, message}]}. Columns are 1-based UTF-16, as ESLint reports.
// With --fix, "fixed" maps each file to ESLint's fixed source (null when
// nothing changed); the files on disk are not written. Findings are then the
// ones left after fixing.
'use strict';

const fs = require('fs');
const path = require('path');
const { ESLint } = require('eslint');

const AIRBNB = ['airbnb', 'airbnb/hooks', 'airbnb-typescript'];
const PARSER_OPTIONS = { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } };
// "detect" would need react itself installed; the corpus targets React 18.
const REACT_SETTINGS = { react: { pragma: 'React', version: '18.3' } };

function parseArgs(argv) {
  const args = { rules: null, files: [], printConfig: false, fix: false };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--rules') {
      args.rules = argv[(i += 1)].split(',').map((s) => s.trim()).filter(Boolean);
    } else if (a === '--files-from') {
      const from = argv[(i += 1)];
      const text = fs.readFileSync(from === '-' ? 0 : from, 'utf8');
      args.files.push(...text.split('\n').map((s) => s.trim()).filter(Boolean));
    } else if (a === '--fix') {
      args.fix = true;
    } else if (a === '--print-config') {
      args.printConfig = true;
    } else {
      args.files.push(a);
    }
  }
  return args;
}

function isOn(entry) {
  if (entry === undefined) return false;
  const sev = Array.isArray(entry) ? entry[0] : entry;
  return sev !== 'off' && sev !== 0;
}

function asArray(entry) {
  return Array.isArray(entry) ? entry : [entry];
}

// resolvedAirbnb loads the Airbnb configs once for a .tsx and a .js file.
async function resolvedAirbnb() {
  const eslint = new ESLint({
    useEslintrc: false,
    cwd: __dirname,
    baseConfig: { extends: AIRBNB, parserOptions: PARSER_OPTIONS, settings: REACT_SETTINGS },
  });
  const tsx = await eslint.calculateConfigForFile(path.join(__dirname, 'x.tsx'));
  const js = await eslint.calculateConfigForFile(path.join(__dirname, 'x.js'));
  return { tsx, js };
}

// pickRules maps each requested name to the ESLint rule that runs and its entry.
function pickRules(requested, { tsx, js }) {
  const picked = {}; // requested name -> { eslintName, entry }
  for (const name of requested) {
    const twin = `@typescript-eslint/${name}`;
    if (isOn(tsx.rules[twin])) {
      picked[name] = { eslintName: twin, entry: asArray(tsx.rules[twin]) };
    } else if (isOn(tsx.rules[name])) {
      picked[name] = { eslintName: name, entry: asArray(tsx.rules[name]) };
    } else if (isOn(js.rules[name])) {
      picked[name] = { eslintName: name, entry: asArray(js.rules[name]) };
    } else {
      throw new Error(`rule ${name} is not enabled by ${AIRBNB.join(' + ')}`);
    }
  }
  return picked;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const airbnb = await resolvedAirbnb();
  const requested = args.rules || [];
  const picked = pickRules(requested, airbnb);

  const rules = {};
  const back = {}; // ESLint rule id -> requested name
  for (const [name, { eslintName, entry }] of Object.entries(picked)) {
    rules[eslintName] = entry;
    back[eslintName] = name;
  }
  // ESLint's scope analysis does not see JSX as a use of a variable; Airbnb
  // enables these two helper rules (they never report) so that no-unused-vars
  // counts <Foo /> and the React import of a file with JSX as uses.
  if (picked['no-unused-vars']) {
    rules['react/jsx-uses-vars'] = 'error';
    rules['react/jsx-uses-react'] = 'error';
  }
  const resolvedRules = Object.fromEntries(Object.entries(picked).map(([n, p]) => [n, p.entry]));
  if (args.printConfig) {
    const all = args.rules ? resolvedRules : airbnb.tsx.rules;
    process.stdout.write(`${JSON.stringify({ rules: all, baseRules: args.rules ? undefined : airbnb.js.rules }, null, 1)}\n`);
    return;
  }

  const { tsx } = airbnb;
  const eslint = new ESLint({
    useEslintrc: false,
    ignore: false, // the npm corpus lives under node_modules
    allowInlineConfig: false, // compare rules, not the corpus's eslint-disable comments
    cwd: '/',
    resolvePluginsRelativeTo: __dirname,
    errorOnUnmatchedPattern: false,
    fix: args.fix,
    overrideConfig: {
      parser: tsx.parser,
      parserOptions: PARSER_OPTIONS,
      plugins: tsx.plugins,
      settings: tsx.settings,
      env: tsx.env,
      rules,
    },
  });
  const results = await eslint.lintFiles(args.files.map((f) => path.resolve(f)));
  const findings = [];
  const fatal = [];
  const fixed = {};
  for (const r of results) {
    if (args.fix) fixed[r.filePath] = r.output === undefined ? null : r.output;
    for (const m of r.messages) {
      if (m.fatal || !m.ruleId) {
        fatal.push({ file: r.filePath, line: m.line, column: m.column, message: m.message });
      } else {
        findings.push({
          file: r.filePath,
          line: m.line,
          column: m.column,
          endLine: m.endLine,
          endColumn: m.endColumn,
          ruleId: back[m.ruleId] || m.ruleId,
          message: m.message,
          fixed: Boolean(m.fix),
        });
      }
    }
  }
  process.stdout.write(`${JSON.stringify({ rules: resolvedRules, findings, fatal, fixed: args.fix ? fixed : undefined })}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err.stack || err}\n`);
  process.exit(1);
});
