// ESLint (flat config): Next.js's rules (core web vitals, React, hooks, a11y, import),
// TypeScript's, and the project's arrows: components/ never imports app/, lib/ imports
// neither. `npm test` runs it with zero warnings allowed.
import { readdirSync } from 'node:fs';
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// lib/'s foundation, lowest layer first. A file in a layer may import its own layer and the
// layers below it, never a layer above or any other lib/ folder: these are what every domain
// folder stands on, so they must not stand on a domain folder themselves (issue 29 widens
// this until every lib/ folder is in a layer).
const LIB_LAYERS = [
  ['env.ts', 'errors.ts', 'enums.ts', 'text', 'xml', 'pg-channel.ts'],
  ['time', 'telemetry'],
  ['db.ts'],
  ['jobs', 'auth'],
  ['action.ts', 'audit', 'users', 'apikeys'],
];
const libEntries = readdirSync(new URL('./lib', import.meta.url)).filter((name) => !/\.test\.tsx?$/.test(name));
const libLayerZones = LIB_LAYERS.map((layer, i) => {
  const allowed = new Set(LIB_LAYERS.slice(0, i + 1).flat());
  return {
    target: layer.map((name) => `./lib/${name}`),
    from: libEntries.filter((name) => !allowed.has(name)).map((name) => `./lib/${name}`),
    message: `lib/${layer.join(', lib/')} ${layer.length > 1 ? 'are' : 'is'} lib/'s foundation (layer ${i + 1}, eslint.config.mjs): import only from the same layer or below.`,
  };
});

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores(['postcss.config.mjs', '.next/**', '.data/**', 'generated/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
  {
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './components', from: './app', message: 'components/ may not import app/: pass actions down as props.' },
            { target: './lib', from: './app', message: 'lib/ holds the domain: it may not import app/.' },
            { target: './lib', from: './components', message: 'lib/ holds the domain: it may not import components/.' },
            ...libLayerZones,
          ],
        },
      ],
      'import/no-duplicates': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Tests, scripts and benchmarks are not React: `use` in a Playwright fixture is no hook.
    files: ['e2e/**', 'tests/**', 'scripts/**', 'bench/**', 'prisma/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // End-to-end specs read parsed XML (sitemaps, feeds) as plain objects.
    files: ['e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The desk's one clock (lib/time/desk-clock.ts, components/desk/desk-clock.tsx): no
    // time in the browser's zone or locale, no locale date picker (components/desk/day-input.tsx).
    files: ['components/desk/**', 'app/(desk)/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)String$/]',
          message: 'Desk times go through the one clock: useFormatDeskTime / DeskTime / formatDeskTime.',
        },
        {
          selector: "NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']",
          message: 'Desk times go through the one clock: lib/time/desk-clock.ts.',
        },
        {
          selector: "JSXAttribute[name.name='type'][value.value=/^(date|datetime-local|time|month|week)$/]",
          message: 'Desk dates are typed as YYYY-MM-DD in newsroom time: use DayInput.',
        },
      ],
    },
  },
  {
    // lib/ is free of React and of the request (lib/auth/viewer.ts alone uses React's
    // per-request cache to read the session once).
    files: ['lib/**/*.ts'],
    ignores: ['lib/auth/viewer.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'lib/ is free of React.' },
            { name: 'next/navigation', message: 'lib/ does not redirect: return a result.' },
            { name: 'next/headers', message: 'lib/ does not read the request: take what it needs as arguments.' },
          ],
        },
      ],
    },
  },
]);
