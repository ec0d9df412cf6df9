import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
    environment: 'happy-dom',
    // Cadence rules are written against wall-clock time; pin a zone with DST so tests mean the same everywhere.
    env: { TZ: 'Europe/Paris' },
    restoreMocks: true,
    // Timeouts catch hangs, not slowness (budgets live in the benchmarks): a few tests (a 50 MB export,
    // property-based runs, whole real pages) take seconds, and much longer on a loaded two-core machine.
    testTimeout: 30_000,
  },
});
