import path from 'path';
import { b } from './m';
import React from 'react'; // want "`react` import should occur before import of `./m`"
import { util } from './lib';
import { x } from '@/shared/ui';
import fs from 'node:fs'; // want "`node:fs` import should occur before import of `./m`"
import './styles.css';
import type { T } from '../import/m';
import { y } from '@scope/pkg'; // want "`@scope/pkg` import should occur before import of `./m`"

export const all = [path, b, React, util, x, fs, y];
export type U = T;
