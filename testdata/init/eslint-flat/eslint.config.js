import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactRefresh from 'eslint-plugin-react-refresh';

export default tseslint.config(
  { ignores: ['dist', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-refresh': reactRefresh },
    rules: {
      'prefer-const': 'error',
      'no-var': 2,
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'react-hooks/rules-of-hooks': 'error',
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      'no-shadow': ['error', { hoist: `all` }],
    },
  },
  {
    files: ['src/**/*.test.ts'],
    rules: { 'no-shadow': 'off' },
  },
);
