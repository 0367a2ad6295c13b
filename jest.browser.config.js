import { base } from './jest.config.js'

export default {
  ...base,
  testMatch: ['<rootDir>/test/browser/*.test.ts'],
}
