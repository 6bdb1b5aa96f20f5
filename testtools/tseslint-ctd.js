#!/usr/bin/env node
// typescript-eslint peer for fsdlint's ts/consistent-type-definitions tests.
//
// Runs ESLint 8's Linter with @typescript-eslint/parser and ONLY the rule
// @typescript-eslint/consistent-type-definitions: ["error", MODE], over the
// given files, and (with --fix) ESLint's own fixer output (up to 10 passes).
//
// Usage:
//   node tseslint-ctd.js --mode type|interface [--fix] [--files-from LIST|-] [FILE…]
//
// Output (stdout): JSON {"files": [{file, findings: [{line, column, endLine,
// endColumn, message, fixable}], fatal: null | {line, column, message},
// output: null | fixed text}]}. Columns are 1-based UTF-16, as ESLint reports.
'use strict';

const fs = require('fs');
const { Linter } = require('eslint');
const parser = require('@typescript-eslint/parser');
const plugin = require('@typescript-eslint/eslint-plugin');

const RULE = '@typescript-eslint/consistent-type-definitions';

function parseArgs(argv) {
  const args = { mode: 'type', fix: false, files: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--mode') {
      args.mode = argv[(i += 1)];
    } else if (a === '--fix') {
      args.fix = true;
    } else if (a === '--files-from') {
      const from = argv[(i += 1)];
      const text = fs.readFileSync(from === '-' ? 0 : from, 'utf8');
      args.files.push(...text.split('\n').map((s) => s.trim()).filter(Boolean));
    } else {
      args.files.push(a);
    }
  }
  if (args.mode !== 'type' && args.mode !== 'interface') {
    throw new Error(`--mode must be "type" or "interface", not ${args.mode}`);
  }
  return args;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const linter = new Linter();
  linter.defineParser('tseslint', parser);
  linter.defineRule(RULE, plugin.rules['consistent-type-definitions']);
  const config = {
    parser: 'tseslint',
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
    rules: { [RULE]: ['error', args.mode] },
  };
  const files = [];
  for (const file of args.files) {
    const text = fs.readFileSync(file, 'utf8');
    const messages = linter.verify(text, config, { filename: file });
    const entry = { file, findings: [], fatal: null, output: null };
    for (const m of messages) {
      if (m.fatal || !m.ruleId) {
        entry.fatal = { line: m.line, column: m.column, message: m.message };
        continue;
      }
      entry.findings.push({
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        message: m.message,
        fixable: Boolean(m.fix),
      });
    }
    if (args.fix && !entry.fatal) {
      entry.output = linter.verifyAndFix(text, config, { filename: file }).output;
    }
    files.push(entry);
  }
  process.stdout.write(JSON.stringify({ files }));
}

main();
