// @ts-check
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated or copied files, not code anyone writes by hand.
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'content/',
      'bench/corpus/',
      'bench/work/',
      'public/pagefind/',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Scripts the browser runs: <script> blocks of .astro components and client modules.
    files: ['src/**/*.astro', 'src/**/*.client.ts', 'src/scripts/**/*.ts'],
    languageOptions: {
      globals: { ...globals.browser },
    },
  },
);
