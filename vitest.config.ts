import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The second reporter lists every skipped suite with its reason, one line each.
    reporters: ['default', './test/helpers/skip-reporter.ts'],
  },
})
