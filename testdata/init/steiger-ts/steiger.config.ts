import { defineConfig } from 'steiger';
import fsd from '@feature-sliced/steiger-plugin';
import { extraConfigs } from './steiger.extra';

/* shared rules, spelled once */
const sharedRules = {
  'fsd/public-api': 'off',
};

export default defineConfig([
  ...fsd.configs.recommended,
  {
    // generated code
    ignores: ['./src/shared/api/generated/**', '**/__mocks__/**'],
  },
  {
    rules: {
      'fsd/no-segmentless-slices': 'warn',
      "fsd/insignificant-slice": "off",
      'fsd/not-a-rule': 'error',
    },
  },
  {
    files: ['./src/shared/**'],
    rules: sharedRules,
  },
  {
    files: ['./src/pages/**'],
    ignores: ['./src/pages/legacy/**'],
    rules: { 'fsd/segments-by-purpose': 'off' },
  },
  ...extraConfigs(),
]);
