import { base } from './jest.config.js'

/** The host-app suite: a separate Payload app installs the packed plugin, builds and serves it (minutes, not seconds). */
export default {
  ...base,
  testMatch: ['<rootDir>/test/host-app/*.test.ts'],
  testTimeout: 900_000,
}
