import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Destructuring a field away to omit it is the point, not an oversight.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // @sanity/icons 5 types its root exports as `never` and no longer ships them, so a root import
      // type-checks and then fails the Studio build; each icon has its own subpath.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@sanity/icons', message: "Import each icon from its subpath: '@sanity/icons/<Name>'." }] },
      ],
    },
  },
  {
    // What runs in the site and the Studio may import only `dependencies`; tests, scripts, benchmarks and the
    // seed compiler may also use `devDependencies` (knip checks that each import is declared at all).
    files: [
      'app/**',
      'components/**',
      'lib/**',
      'sanity/**/*.{ts,tsx}',
      'content-lake/src/**',
      'content-lake/client/**',
      'scripts/start.ts',
      'sanity.config.ts',
      'next.config.mjs',
    ],
    ignores: ['sanity/seed/**'],
    rules: {
      'import/no-extraneous-dependencies': [
        'error',
        { devDependencies: false, optionalDependencies: false, peerDependencies: false },
      ],
    },
  },
  {
    ignores: [
      // Every Next build folder: .next, .next-hosted (hosted build check), .next-large (paged-listing e2e).
      '.next*/**',
      'node_modules/**',
      'studio-dist/**',
      'bench/.work/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'sanity/types.generated.ts',
    ],
  },
]

export default config
