// Prints {"word": isPlural} for the words given on stdin (one per line), as
// the `pluralize` package that Steiger's fsd/inconsistent-naming uses says.
'use strict';
const pluralize = require('pluralize');
const words = require('fs').readFileSync(0, 'utf8').split('\n').filter(Boolean);
const out = {};
for (const w of words) out[w] = pluralize.isPlural(w);
process.stdout.write(JSON.stringify(out));
