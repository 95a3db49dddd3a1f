import { defineConfig } from 'vitest/config';

const node = { environment: 'node' as const };

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
