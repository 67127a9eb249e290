/** @type {import('jest').Config} */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2024' }, module: { type: 'commonjs' } }];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^#core$': '<rootDir>/functions/core/index.ts',
    '^#core/(.*)$': '<rootDir>/functions/core/$1',
    '^#clients/(.*)$': '<rootDir>/functions/clients/$1',
    '^#errors$': '<rootDir>/functions/errors.ts',
    '^#schema$': '<rootDir>/functions/schema/index.ts',
    '^#schema/(.*)$': '<rootDir>/functions/schema/$1',
  },
  setupFilesAfterEnv: ['aws-cdk-lib/testhelpers/jest-autoclean'],
  globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
  testTimeout: 30000,
};
