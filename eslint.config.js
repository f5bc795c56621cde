// Flat ESLint config. Not type-aware on purpose: `npm run lint` must stay fast.
// Besides the recommended rules it enforces the architecture boundaries:
//   - only electron/main and electron/preload may import 'electron' (the thin shell);
//   - renderer/ imports no 'electron', no Node built-ins and nothing from electron/;
//   - shared/ imports no Node built-ins and nothing from renderer/ or electron/.
// tests/unit/architecture/boundary.test.ts checks the same rules on the source text.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const ELECTRON = {
  name: 'electron',
  message: "Only electron/main and electron/preload may import 'electron' (thin shell).",
};
const NODE_BUILTINS = builtinModules
  .filter((m) => !m.startsWith('_'))
  .map((name) => ({ name, message: 'No Node built-ins here: this code must also run in the browser.' }));
const NODE_PREFIX = { regex: '^node:', message: 'No Node built-ins here: this code must also run in the browser.' };
const ELECTRON_SUBPATH = { regex: '^electron/', message: ELECTRON.message };
const ELECTRON_DIR = { regex: '(^|/)electron/', message: 'Renderer and shared code never import from electron/.' };
const RENDERER_DIR = { regex: '(^|/)renderer/', message: 'Shared code never imports renderer code.' };

const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', '__dirname']
    .map((g) => [g, 'readonly']),
);

export default defineConfig(
  {
    ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: nodeGlobals },
  },
  // Everywhere except the shell: no 'electron'.
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ELECTRON], patterns: [ELECTRON_SUBPATH] }],
    },
  },
  // Renderer: browser code only.
  {
    files: ['renderer/**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [ELECTRON, ...NODE_BUILTINS], patterns: [NODE_PREFIX, ELECTRON_SUBPATH, ELECTRON_DIR] },
      ],
    },
  },
  // Shared: runs in the renderer and in Node alike.
  {
    files: ['shared/**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [ELECTRON, ...NODE_BUILTINS], patterns: [NODE_PREFIX, ELECTRON_SUBPATH, ELECTRON_DIR, RENDERER_DIR] },
      ],
    },
  },
);
