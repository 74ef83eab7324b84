// Module boundaries are real: the API and the admin may use the shared libraries,
// the shared libraries use nothing of ours, and the two apps never import each other.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import orgOwnedAccess from './tools/lint/org-owned-access.mjs';

export default [
  { ignores: ['**/node_modules', '**/dist', '**/generated', 'tmp', 'data', 'coverage', '.nx'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.mjs'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:admin',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:admin-lib'],
            },
            { sourceTag: 'scope:admin-lib', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'scope:test',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:admin-lib'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // Tenancy in one place: see tools/lint/org-owned-access.mjs.
    files: ['apps/api/src/**/*.ts'],
    plugins: { regie: { rules: { 'org-owned-access': orgOwnedAccess } } },
    rules: { 'regie/org-owned-access': 'error' },
  },
  prettier,
];
