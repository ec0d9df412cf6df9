// `npm run bench [-- --json] [-- --filter <text>]`: builds the extension, runs every
// benchmark in tests/bench/ in real Chromium, prints a table (or one JSON object
// with --json) and writes bench-results/latest.json with the machine it ran on.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { updateReadme } from './readme-table.mjs';
import { join } from 'node:path';

const json = process.argv.includes('--json');
const filterAt = process.argv.indexOf('--filter');
const filter = filterAt > 0 ? process.argv[filterAt + 1] : undefined;
const quiet = json ? 'pipe' : 'inherit';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: quiet, encoding: 'utf8' });
if (build.status !== 0) {
  console.error(build.stderr ?? '', 'the build failed');
  process.exit(1);
}

const out = join(mkdtempSync(join(tmpdir(), 'rapport-bench-')), 'metrics.ndjson');
writeFileSync(out, '');
const args = ['vitest', 'run', '--config', 'tests/bench/vitest.config.ts', ...(filter ? ['-t', filter] : [])];
const result = spawnSync('npx', args, { stdio: json ? ['ignore', 'pipe', 'pipe'] : 'inherit', encoding: 'utf8', env: { ...process.env, RAPPORT_BENCH_OUT: out } });
const metrics = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.replace(/^.*?(Chromium [\d.]+).*$/s, '$1').trim();
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium };
const report = { measuredAt: new Date().toISOString(), machine, metrics: Object.fromEntries(metrics.map((m) => [m.name, m])) };

if (!filter) {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
  // A complete run refreshes the README's table of figures.
  if (result.status === 0) updateReadme(report);
}

if (json) {
  console.log(JSON.stringify(report));
} else {
  const fmt = (m) => (m.unit === 'bytes' ? `${(m.value / 1024).toFixed(1)} KB` : m.unit === 'ms' ? `${m.value} ms` : String(m.value));
  const rows = metrics.map((m) => [m.name, fmt(m), m.baseline ? `${m.baseline.value}${m.unit === 'ms' ? ' ms' : ''} (${m.baseline.name})` : '', m.ratio ?? '', m.target ?? '']);
  const header = ['metric', 'median', 'baseline (same run)', 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  console.log(`\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}`);
  if (existsSync('bench-results/latest.json') && !filter) console.log('Written to bench-results/latest.json');
}
process.exit(result.status ?? 1);
