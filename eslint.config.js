// Lint, including which layer may import which (HOUSE-STYLE practice 1). The same rules are
// also checked by tests/unit/layering.test.ts, so breaking them fails the tests as well.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads'];
const noNode = NODE_BUILTINS.flatMap((m) => [m, `node:${m}`]).map((name) => ({ name, message: 'Node modules are for electron/ only.' }));
const noElectron = { name: 'electron', message: "Only the Electron shell (electron/*.ts) imports 'electron'; services take what they need as parameters." };

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'bench-results/', 'tests/bench/*-harness/dist/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-control-regex': 'off', // control characters are matched on purpose (file names, PDF text)
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...noNode, noElectron, { name: 'react', message: 'shared/ is pure.' }, { name: 'react-dom', message: 'shared/ is pure.' }], patterns: [{ group: ['**/electron/**', '**/renderer/**', '**/tests/**'], message: 'shared/ imports only shared/.' }] }],
    },
  },
  // Layers by folder as well as by package (tests/unit/layering.test.ts resolves every relative import to check the same).
  { files: ['renderer/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { paths: [...noNode, noElectron], patterns: [{ group: ['**/electron/**', '**/tests/**', '**/scripts/**'], message: 'renderer/ imports only renderer/, shared/ and browser packages.' }] }] } },
  { files: ['electron/services/**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['**/host/**', '../../*.ts', '../../main', '../../windows', '../../ipc', '../../security'], message: 'Services never import the browser host or the Electron shell.' }] }] } },
  { files: ['electron/host/**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['../main', '../windows', '../ipc', '../security', '../menu', '../preload', '../familyPreload'], message: 'The browser host never imports the Electron shell.' }] }] } },
);
