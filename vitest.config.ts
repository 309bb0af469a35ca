import { defineConfig } from 'vitest/config'

// One root config with a project per package (house style R14). The plain reporter prints the
// closing line `N passed, N failed, N skipped` that CI reads.
export default defineConfig({
  test: {
    reporters: ['default', './test/plain-reporter.ts'],
    projects: [
      {
        // Golden and differential tests over ../shared take seconds of CPU; on a shared, loaded
        // machine the 5 s default timed out tests that were only slow.
        test: { name: 'core', include: ['packages/core/src/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        test: {
          name: 'store-sqlite',
          include: ['packages/store-sqlite/src/**/*.test.ts'],
        },
      },
      { test: { name: 'ingest', include: ['packages/ingest/src/**/*.test.ts'] } },
      { test: { name: 'monitor', include: ['packages/monitor/src/**/*.test.ts'] } },
      { test: { name: 'reports', include: ['packages/reports/src/**/*.test.ts'] } },
      {
        test: {
          name: 'connectors',
          include: [
            'packages/connectors/src/**/*.test.ts',
            'packages/connectors/test/**/*.test.ts',
          ],
        },
      },
      { test: { name: 'text-zh', include: ['packages/text-zh/src/**/*.test.ts'] } },
      {
        test: {
          name: 'embed-transformers',
          include: ['packages/embed-transformers/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'cli',
          include: ['packages/cli/src/**/*.test.ts', 'packages/cli/test/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'server',
          include: ['packages/server/src/**/*.test.ts', 'packages/server/test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
