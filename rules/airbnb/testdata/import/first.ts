'use client';

import a from 'a';
import b = require('b');

export const x = a + b;
import c from 'c'; // want "Import in body of module; reorder to top."
export * from 'd';
import e = require('e'); // want "import/first"

export const y = c + e;
