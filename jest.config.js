// jest runs TypeScript as native ES modules (NestJS 12 is ESM), compiled by SWC with decorator metadata.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@rounds/shared$': '<rootDir>/shared/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  rootDir: import.meta.dirname,
};

export default {
  projects: [
    { ...common, displayName: 'shared', testMatch: ['<rootDir>/shared/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'server',
      testMatch: ['<rootDir>/server/src/**/*.spec.ts', '<rootDir>/server/test/**/*.spec.ts'],
      globalSetup: '<rootDir>/server/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/server/test/support/global-teardown.mjs',
    },
    // The client's pure logic (drafts, time arithmetic): plain functions, so Node runs them without a browser.
    { ...common, displayName: 'client', testMatch: ['<rootDir>/client/src/**/*.spec.ts'] },
    { ...common, displayName: 'startup', testMatch: ['<rootDir>/tests/api/**/*.spec.ts'] },
    { ...common, displayName: 'architecture', testMatch: ['<rootDir>/tests/architecture/**/*.spec.ts'] },
  ],
  maxWorkers: 2,
  // Booting an app on a fresh database takes a few seconds; on a loaded 2-core machine, more than jest's 5 s.
  testTimeout: 30_000,
};
