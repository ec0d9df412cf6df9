// Renders bench-results/latest.json as the README's table (between the bench markers).
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

export function renderTable(report) {
  const fmt = (m) => (m.unit === 'bytes' ? `${(m.value / 1024).toFixed(1)} KB` : m.unit === 'ms' ? `${m.value} ms` : String(m.value));
  const rows = Object.values(report.metrics).map((m) => {
    const baseline = m.baseline ? `${m.baseline.value}${m.unit === 'ms' ? ' ms' : ''} (${m.baseline.name})` : '';
    return `| \`${m.name}\` | ${fmt(m)} | ${baseline} | ${m.ratio ?? ''} | ${m.target ?? ''} |`;
  });
  const { machine } = report;
  return [
    `Measured ${report.measuredAt.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium} (headless). Medians; baselines measured in the same run.`,
    '',
    '| metric | median | baseline (same run) | ratio | target |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function updateReadme(report, path = 'README.md') {
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return false;
  writeFileSync(path, `${readme.slice(0, start + START.length)}\n${renderTable(report)}\n${readme.slice(end)}`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  updateReadme(JSON.parse(readFileSync('bench-results/latest.json', 'utf8')));
}
