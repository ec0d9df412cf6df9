import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests in Firefox: the built extension (.output/firefox-mv2) in real headless Firefox ESR (README.md here).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Firefox at a time: these machines have two cores.
    fileParallelism: false,
  },
});
