#!/usr/bin/env node
// typescript-eslint peer for fsdlint's ts/consistent-type-definitions tests.
//
// Runs ESLint 8's Linter with @typescript-eslint/parser and ONLY the rule
// @typescript-eslint/consistent-type-definitions: ["error", MODE], over the
// given files, and (with --fix) ESLint's own fixer output (up to 10 passes).
//
// Usage:
//   node tseslint-ctd.js --mode type|interface|both [--fix] [--files-from LIST|-] [FILE…]
//   node tseslint-ctd.js --syntax [--files-from LIST|-] [FILE…]
//
// Output (stdout): JSON {"files": [{file, findings: [{mode, line, column,
// endLine, endColumn, message, fixable}], fatal: null | {line, column, message},
// output: null | fixed text}]}. Columns are 1-based UTF-16, as ESLint reports.
// --mode both parses each file once and runs the rule with each option (no --fix).
// --syntax prints TypeScript's own parse diagnostics instead (createSourceFile):
// {"files": [{file, diagnostics: [{line, column, message}]}]}, to check that a
// fixed file is still syntactically valid TypeScript.
'use strict';

const fs = require('fs');
const { Linter } = require('eslint');
const parser = require('@typescript-eslint/parser');
const plugin = require('@typescript-eslint/eslint-plugin');

const RULE = '@typescript-eslint/consistent-type-definitions';

function parseArgs(argv) {
  const args = { mode: 'type', fix: false, syntax: false, files: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--mode') {
      args.mode = argv[(i += 1)];
    } else if (a === '--syntax') {
      args.syntax = true;
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
  if (!['type', 'interface', 'both'].includes(args.mode)) {
    throw new Error(`--mode must be "type", "interface" or "both", not ${args.mode}`);
  }
  if (args.mode === 'both' && args.fix) {
    throw new Error('--fix needs a single --mode');
  }
  return args;
}

// syntax prints TypeScript's parse diagnostics of each file.
function syntax(files) {
  const ts = require('typescript');
  const out = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const kind = /\.tsx$/.test(file) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
    const diagnostics = (sf.parseDiagnostics || []).map((d) => {
      const pos = sf.getLineAndCharacterOfPosition(d.start);
      return { line: pos.line + 1, column: pos.character + 1, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') };
    });
    out.push({ file, diagnostics });
  }
  process.stdout.write(JSON.stringify({ files: out }));
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.syntax) {
    syntax(args.files);
    return;
  }
  const linter = new Linter();
  linter.defineParser('tseslint', parser);
  const modes = args.mode === 'both' ? ['type', 'interface'] : [args.mode];
  const rules = {};
  for (const mode of modes) {
    // one rule id per mode, so that one parse serves both
    linter.defineRule(`${RULE}/${mode}`, plugin.rules['consistent-type-definitions']);
    rules[`${RULE}/${mode}`] = ['error', mode];
  }
  const config = {
    parser: 'tseslint',
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
    rules,
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
        mode: m.ruleId.slice(RULE.length + 1),
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
