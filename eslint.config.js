import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'cdk.out',
      '.data',
      'functions/generated',
      'client/generated',
      'test/generated',
      'client/dist',
      'client/public/dsfr',
      'dist',
      'test/artifacts',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // A domain enters another only by its front door (index.ts); shared/ and generated/ are everyone's. The GraphQL
  // wiring (graphql/) builds the stores and loaders, so it may reach in, as may scripts, bench and tests.
  {
    files: ['functions/**/*.ts'],
    ignores: ['functions/graphql/**', 'functions/generated/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*/*', '!../shared/*', '!../generated/*', '!../*/index.js'],
              message:
                'Import another domain through its index.ts (its front door), or declare the need in peers.ts.',
            },
          ],
        },
      ],
    },
  },
  // GraphQL answers in tests are read loosely; the assertions are what is checked.
  { files: ['test/**/*.ts', 'bench/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // Codegen loads local plugins with require().
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
