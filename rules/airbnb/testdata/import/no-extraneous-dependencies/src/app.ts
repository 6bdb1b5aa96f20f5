import a from 'dep-a';
import sub from 'dep-a/sub';
import e from '@scope/e';
import b from 'dev-b'; // want "'dev-b' should be listed in the project's dependencies, not devDependencies."
import c from 'opt-c'; // want "'opt-c' should be listed in the project's dependencies, not optionalDependencies."
import d from 'peer-d';
import f from 'stray-f'; // want "'stray-f' should be listed in the project's dependencies. Run 'npm i -S stray-f' to add it"
import type { G } from 'stray-f';
import { type H } from 'dev-b';
import missing from 'not-installed';
import fs from 'fs';
import local from './local';

const r = require('stray-f'); // want "import/no-extraneous-dependencies"
export const all = [a, sub, e, b, c, d, f, missing, fs, local, r];
export type GH = G | H;
