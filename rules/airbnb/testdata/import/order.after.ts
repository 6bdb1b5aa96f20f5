import a from './m'; // want "`./m` import should occur after import of `lodash`"
import b from 'react';
import c from 'redux';
import d from 'lodash';

export const all = [a, b, c, d];
