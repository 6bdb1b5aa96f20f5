import { b } from './m';
import { c } from './m.ts'; // want "Unexpected use of file extension \"ts\" for \"./m.ts\""
import data from './data.json';
import data2 from './data'; // want "Missing file extension \"json\" for \"./data\""
import './styles.css';
import { legacy } from './legacy.js'; // want "Unexpected use of file extension \"js\""
import { util } from './lib';
import { util as u2 } from './lib/util';
import fs from 'fs';
import fp from 'lodash/fp';
import React from 'react';
import { x } from '@/shared/ui'; // a path alias: no extension asked (ESLint's node resolver would; pinned difference)
import type { T } from './missing-type';
import { y } from './missing'; // want "Missing file extension for \"./missing\""
import { z } from './missing.js'; // want "Unexpected use of file extension \"js\" for \"./missing.js\""
export { b as b2 } from './n.ts'; // want "Unexpected use of file extension"

export const all = [b, c, data, data2, legacy, util, u2, fs, fp, React, x, y, z];
export type U = T;
export const lazy = () => import('./m.ts'); // want "Unexpected use of file extension"
