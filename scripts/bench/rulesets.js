#!/usr/bin/env node
// Works out "the same rules" for the benchmark (scripts/bench.sh).
//
// Usage: node rulesets.js FSDLINT_RULES AIRBNB_CONFIG OXLINT_RULES OUTDIR
//   FSDLINT_RULES  `fsdlint rules` output (first column: rule names)
//   AIRBNB_CONFIG  `node testtools/eslint-airbnb.js --print-config` output
//   OXLINT_RULES   `oxlint --rules` output (markdown tables)
// Writes to OUTDIR:
//   fsd.json       fsdlint config: every fsd/* rule on, nothing else
//   airbnb.txt     comma list: fsdlint rules that the Airbnb configs turn on (ESLint runs these)
//   airbnb.json    fsdlint config: those rules on, nothing else
//   ox.json        .oxlintrc.json: the airbnb.txt rules oxlint implements, nothing else
//   ox.txt         comma list of those rules (fsdlint names)
//   ox-fsdlint.json fsdlint config: the ox.txt rules on, nothing else
'use strict';
const fs = require('fs');
const path = require('path');

const [fsdRulesFile, airbnbFile, oxFile, out] = process.argv.slice(2);
const isOn = (e) => e !== undefined && !['off', 0].includes(Array.isArray(e) ? e[0] : e);

const ours = fs.readFileSync(fsdRulesFile, 'utf8').split('\n').slice(1)
  .map((l) => l.split(/\s+/)[0]).filter(Boolean);
const airbnb = JSON.parse(fs.readFileSync(airbnbFile, 'utf8'));
const airbnbOn = (name) => isOn(airbnb.rules[`@typescript-eslint/${name}`]) || isOn(airbnb.rules[name])
  || isOn((airbnb.baseRules || {})[name]);

// oxlint lists rules as (name, source) rows; source is its plugin.
const ox = new Set();
for (const line of fs.readFileSync(oxFile, 'utf8').split('\n')) {
  const cells = line.split('|').map((c) => c.trim());
  if (cells.length > 3 && cells[1] && !cells[1].startsWith('-') && cells[1] !== 'Rule name') ox.add(`${cells[2]}/${cells[1]}`);
}
// oxlint's plugin for a fsdlint rule name, and the name its config takes.
function oxName(name) {
  const [plugin, rule] = name.includes('/') ? name.split('/') : ['eslint', name];
  const source = { 'react-hooks': 'react', 'jsx-a11y': 'jsx_a11y', ts: 'typescript' }[plugin] || plugin;
  if (!ox.has(`${source}/${rule}`)) return null;
  if (source === 'eslint') return rule;
  return `${source.replace('_', '-')}/${rule}`;
}

const config = (names) => JSON.stringify({ extends: [], rules: Object.fromEntries(names.map((n) => [n, 'error'])) }, null, 1);
const fsd = ours.filter((n) => n.startsWith('fsd/'));
const shared = ours.filter((n) => !n.startsWith('fsd/') && airbnbOn(n));
const oxShared = shared.filter((n) => oxName(n));
fs.writeFileSync(path.join(out, 'fsd.json'), config(fsd));
fs.writeFileSync(path.join(out, 'airbnb.txt'), shared.join(','));
fs.writeFileSync(path.join(out, 'airbnb.json'), config(shared));
fs.writeFileSync(path.join(out, 'ox.txt'), oxShared.join(','));
fs.writeFileSync(path.join(out, 'ox-fsdlint.json'), config(oxShared));
const categories = Object.fromEntries(['correctness', 'suspicious', 'pedantic', 'perf', 'style', 'restriction', 'nursery'].map((c) => [c, 'off']));
fs.writeFileSync(path.join(out, 'ox.json'), JSON.stringify({
  plugins: ['import', 'react', 'jsx-a11y', 'typescript'],
  categories,
  rules: Object.fromEntries(oxShared.map((n) => [oxName(n), 'error'])),
}, null, 1));
process.stdout.write(`rule sets: fsd ${fsd.length}, airbnb ${shared.length}, oxlint ${oxShared.length}\n`);
