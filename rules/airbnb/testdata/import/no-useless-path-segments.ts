import { b } from './../import/m'; // want "Useless path segments for \"./../import/m\", should be \"../import/m\""
import { c } from './m';
import { util } from './lib/'; // want "Useless path segments for \"./lib/\", should be \"./lib\""
import { u2 } from './lib//util'; // want "should be \"./lib/util\""
import { u3 } from './lib/index';
import { e } from '../import/n'; // want "Useless path segments for \"../import/n\", should be \"./n\""
import { d } from '../../testdata/import/m'; // want "should be \"./m\""
import x from 'react';

export const all = [b, c, util, u2, u3, e, d, x];
