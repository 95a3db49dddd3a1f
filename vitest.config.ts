import { defineConfig } from 'vitest/config';

// A generous per-test limit: a loaded 2-core machine must not fail a correct test (speed is `npm run bench`'s).
const node = { environment: 'node' as const, testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      { test: { ...node, name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { ...node, name: 'db', include: ['tests/db/**/*.test.ts'] } },
      { test: { ...node, name: 'services', include: ['tests/services/**/*.test.ts'] } },
      { test: { ...node, name: 'contract', include: ['tests/contract/**/*.test.ts'] } },
      { test: { ...node, name: 'electron', include: ['tests/electron/**/*.test.ts'] } },
      {
        test: {
          ...node,
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
