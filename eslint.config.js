import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/**
 * User-facing text goes through browser.i18n (lib/i18n.ts): JSX may not hold
 * literal words. Punctuation and symbols are fine.
 */
const noLiteralJsxText = {
  meta: { type: 'problem', messages: { literal: 'Use t(…) from lib/i18n for user-facing text: “{{text}}”.' } },
  create(context) {
    return {
      JSXText(node) {
        const text = node.value.trim();
        if (/\p{L}/u.test(text)) context.report({ node, messageId: 'literal', data: { text: text.slice(0, 40) } });
      },
    };
  },
};
const rapport = { rules: { 'no-literal-jsx-text': noLiteralJsxText } };

/** Forbids files in `files` to import from the folders in `above` (the layers after theirs). */
function layerRule(files, above, why) {
  const group = above.flatMap((folder) => [`@/${folder}/*`, `@/${folder}/**`]);
  return [{ files, rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message: why }] }] } }];
}

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'no-unsanitized': noUnsanitized, rapport },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // LinkedIn content is untrusted: never turn strings into HTML.
      'rapport/no-literal-jsx-text': 'error',
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML: page content is untrusted.' },
        { selector: "ImportDeclaration[source.value='webextension-polyfill']", message: "Import `browser` from 'wxt/browser' so there is exactly one." },
        {
          // Seen in Chromium (not in fake-indexeddb): a plain scope returning another async function's promise
          // loses Dexie's transaction zone after that function's second await, and the transaction commits early.
          selector: "CallExpression[callee.property.name='transaction'] > :matches(ArrowFunctionExpression, FunctionExpression)[async=false]:last-child",
          message: 'Make a Dexie transaction scope an async function (PrematureCommitError in Chromium otherwise).',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Content scripts run inside linkedin.com: their IndexedDB would be LinkedIn's, and React would bloat them.
    files: ['entrypoints/linkedin.content/**', 'lib/linkedin/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Content scripts must not open IndexedDB: it would be linkedin.com’s. Send a message to the background.' },
            { name: 'react', message: 'Keep the content script lean: no React.' },
            { name: 'zod', message: 'Use zod/mini in code the content script bundles.' },
            { name: 'date-fns', message: 'Keep the content script lean: no date-fns (lib/time/local-day.ts is Intl only).' },
            { name: '@date-fns/tz', message: 'Keep the content script lean: no date-fns (lib/time/local-day.ts is Intl only).' },
          ],
          patterns: [
            { group: ['@/lib/db/**', '@/lib/db/*'], message: 'Content scripts never touch the database (lib/db is Dexie and repositories only; types are in lib/model).' },
            { group: ['@/lib/time/zoned'], message: 'lib/time/zoned.ts needs date-fns, too heavy for the content script; lib/time/local-day.ts is Intl only.' },
          ],
        },
      ],
    },
  },
  // The layers (README, "Architecture"): model → rules → persistence → stores → UI → entrypoints. Each may import
  // the layers before it, never the ones after. These are the directions a lint rule can check cheaply.
  ...layerRule(['lib/model/**', 'lib/time/**'], ['lib/db', 'lib/stores', 'components', 'entrypoints'], 'The model and time are the bottom layer: they import no persistence, stores or UI.'),
  ...layerRule(
    ['lib/cadence/**', 'lib/nudges/**', 'lib/dashboard/**', 'lib/badge/**', 'lib/contacts/**', 'lib/search/**', 'lib/backup/**', 'lib/notes/**'],
    ['lib/db', 'lib/stores', 'components', 'entrypoints'],
    'Rules are pure: they take records and return answers; lib/db/repo calls them, never the other way.',
  ),
  ...layerRule(['lib/db/**'], ['lib/stores', 'components', 'entrypoints'], 'Persistence never reaches the stores or the UI above it.'),
  ...layerRule(['lib/stores/**'], ['components', 'entrypoints'], 'Stores are views over the database for the UI, and know no component.'),
  ...layerRule(['components/**'], ['lib/db', 'entrypoints'], 'Components read through stores (lib/stores) and write through messages; the database is the background’s.'),
  {
    files: ['tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'rapport/no-literal-jsx-text': 'off' },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'tests/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
