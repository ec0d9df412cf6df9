import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests in Firefox: the built extension (.output/firefox-mv2) in real headless Firefox ESR (README.md here).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    // Generous: on a shared 2-core machine Firefox can take 20 s to start. Waits end as soon as their condition holds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 10_000, interval: 50 } },
    // One Firefox at a time: these machines have two cores.
    fileParallelism: false,
  },
});
