import a from './m'; // want "'./m' imported multiple times."
import { b } from './m'; // want "import/no-duplicates"
import type { T } from './m';
import * as ns from './m';
import { c } from './m.ts'; // want "import/no-duplicates"
import { d } from '../import/m'; // want "import/no-duplicates"
import react from 'react'; // want "import/no-duplicates"
import { useState } from 'react'; // want "import/no-duplicates"
import { type U, e } from './n'; // want "import/no-duplicates"
import type { V } from './n'; // want "import/no-duplicates"
import f from './n';

export type W = T | U | V;
export const all = [a, b, ns, c, d, react, useState, e, f];
