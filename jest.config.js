// One run, six kinds of test: pure unit specs beside the code, the contract
// tools' specs, test/api (the app over HTTP on a fresh database per file), the
// admin's Vitest component tests, test/e2e (journeys through the built admin
// app in Chromium), and, on a PostgreSQL server, test/cluster (three processes).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
      // Rewrites @regie/* imports at compile time: jest's moduleNameMapper does not
      // reach globalSetup, which loads the API's database code.
      baseUrl: __dirname,
      paths: {
        '@regie/domain': ['libs/domain/src/index.ts'],
        '@regie/graphql-client': ['libs/graphql-client/src/index.ts'],
      },
      // Nest and TypeORM read class names at run time.
      keepClassNames: true,
    },
    // import() stays import(): openid-client and oidc-provider are ES modules.
    module: { type: 'commonjs', ignoreDynamic: true },
    sourceMaps: 'inline',
  },
];

const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // intl-messageformat and its @formatjs parts are ES modules only: compiled like our own code
  // (Node itself loads them with require(esm); jest's module system does not).
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  moduleNameMapper: {
    '^@regie/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@regie/graphql-client$': '<rootDir>/libs/graphql-client/src/index.ts',
  },
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/tools/**/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/test/api/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      slowTestThreshold: 30,
    },
    {
      // The admin's Vitest component tests, run as one jest test (see the file).
      ...common,
      displayName: 'admin',
      testMatch: ['<rootDir>/apps/admin/component-tests.jest.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
      slowTestThreshold: 120,
    },
    // test/cluster: three API processes from the build on one PostgreSQL database. Only in
    // the run on a server (.ci/run runs `npm test` with DATABASE_URL and without): the
    // embedded database belongs to one process.
    ...(process.env.DATABASE_URL
      ? [
          {
            ...common,
            displayName: 'cluster',
            testMatch: ['<rootDir>/test/cluster/**/*.test.ts'],
            slowTestThreshold: 180,
          },
        ]
      : []),
  ],
  testTimeout: 60_000,
};
