/** Jest runs the TypeScript sources as native ES modules (Payload ships ESM only). */
const base = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  forceExit: true,
  maxWorkers: 1,
  moduleNameMapper: { '^@payload-config$': '<rootDir>/payload.config.ts' },
  // The host app of test/host-app and its copies under .host-app/ are apps of their own.
  modulePathIgnorePatterns: ['<rootDir>/.host-app/', '<rootDir>/test/host-app/fixture/'],
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons', 'development'] },
  testTimeout: 120_000,
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } }],
  },
}

export default {
  ...base,
  testMatch: ['<rootDir>/test/*.test.ts'],
}

export { base }
