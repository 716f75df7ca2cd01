// Lint is a correctness gate, not a formatter: type-aware rules, React hooks, patterns that
// cannot backtrack super-linearly, and the house rule that the classifier core stays pure
// (docs/architecture.md, rule 1).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folders whose code must run in node without any browser or extension API. */
const pureCore = [
  'lib/bounce/**',
  'lib/explain/**',
  'lib/typo/**',
  'lib/tracker/model.ts',
  // The tracker's other pure modules: rules for display, settings, validation, export/import.
  'lib/tracker/summary.ts',
  'lib/tracker/settings.ts',
  'lib/tracker/validate.ts',
  'lib/tracker/exchange.ts',
  'lib/tracker/keys.ts',
  'lib/tracker/codec.ts',
  'lib/tracker/budget.ts',
  'lib/tracker/migrations.ts',
  'lib/content/sidebar-model.ts',
  'lib/guard/**',
  // The classifier host's logic (the worker pool, its deadline, Chrome's relay); browser.ts binds it.
  'lib/classifier-host/jobs.ts',
  'lib/classifier-host/pool.ts',
  'lib/classifier-host/offscreen.ts',
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**', 'demo-output/**', 'coverage/**', 'tests/e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  // Every pattern of ours runs over text a stranger wrote (a bounce, a webmail page): one that
  // backtracks polynomially lets that stranger hold the classifier or freeze the tab (issue 11:
  // 13.5 s for a 36 KB mail, 12.9 s of Outlook's main thread). The recommended set also catches
  // patterns that do not mean what they say (empty groups, contradictory assertions, duplicates).
  // `npm run regex-audit` checks the patterns built at run time too (recheck); docs/hostile-input.md.
  regexp.configs['flat/recommended'],
  {
    rules: {
      // Style is not a gate here (eight engineers add patterns at once); correctness and speed are.
      ...Object.fromEntries(
        Object.entries(regexp.rules)
          .filter(([, rule]) => rule.meta.docs.category === 'Stylistic Issues')
          .map(([name]) => [`regexp/${name}`, 'off']),
      ),
      'regexp/use-ignore-case': 'off',
      // `potential`, not the default `certain`: a pattern whose ambiguity depends on how a
      // quantifier ends is reported too. Nothing of ours is reported either way (2026-12-04);
      // recheck (`npm run regex-audit`) also sees what these rules cannot (bounded repeats,
      // sources built from constants of other files).
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      // A quantifier that restarts from every position of a long run (/<[^>]*>/g over "<<<<...").
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignoreSticky: true, ignorePartial: false }],
    },
  },
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Bounce mails are attacker-controlled: never as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Mail content is rendered as text only.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Mail content is rendered as text only.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Mail content is rendered as text only.' },
      ],
    },
  },
  {
    files: pureCore,
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*', 'webextension-polyfill'], message: 'The core is pure: no extension API.' },
            { group: ['react', 'react-dom', 'react-dom/*'], message: 'The core is pure: no UI.' },
            { group: ['@/lib/webmail/*', '@/lib/content/*', '@/lib/messaging/*', '@/lib/tracker/storage*'], message: 'The core is pure: no DOM or I/O layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator', 'localStorage', 'location'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // CommonJS files load with require (scripts/classify.cjs: the CLI's entry point, CommonJS so
    // that node does not start its ES module loader before the first mail).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
