import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Benchmarks: `npm run bench` (scripts/bench/run.mjs) runs these and collects their metrics.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    include: ['tests/bench/**/*.bench.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
