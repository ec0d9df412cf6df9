import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles a browser-side benchmark entry (which imports Rapport's real lib/
 * code) into one IIFE script to inject into a Chromium page. `aliases` map
 * module names to files (e.g. `wxt/browser` to the extension's own `chrome`).
 */
export async function bundleForBrowser(entry: string, aliases: Record<string, string> = {}): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { ...Object.fromEntries(Object.entries(aliases).map(([name, file]) => [name, join(root, file)])), '@': root } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: join(root, entry), formats: ['iife'], name: 'rapportBench', fileName: () => 'bench.js' },
    },
  });
  return readFileSync(join(outDir, 'bench.js'), 'utf8');
}
