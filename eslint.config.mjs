import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Destructuring a field away to omit it is the point, not an oversight.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
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
      'lib/sanity/types.generated.ts',
    ],
  },
]

export default config
