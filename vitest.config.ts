import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Two cores on the build machines: keep workers modest.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
