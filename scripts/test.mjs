// The whole test suite: `npm test`. Runs every check, even after a failure,
// and ends with one line `N passed, N failed` summing them all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const results = [];

function run(command, args, options = {}) {
  console.log(`\n▶ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, ...options });
  return result.status === 0;
}

function check(name, ok) {
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

function vitest(name, config) {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-vitest-'));
  const report = join(dir, 'report.json');
  const ok = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    // A file that fails to load has no tests but is a failure all the same.
    const brokenFiles = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    if (skipped) console.log(`  ${skipped} skipped in ${name} (see the reasons printed above)`);
    results.push({ name, passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles });
  } else {
    results.push({ name, passed: 0, failed: 1 });
  }
  rmSync(dir, { recursive: true, force: true });
  return ok;
}

const missing = [
  [CHROMIUM, 'Chromium', 'chromium'],
  [FIREFOX, 'Firefox ESR', 'firefox-esr'],
].filter(([path]) => !existsSync(path));
if (missing.length) {
  for (const [path, name] of missing) console.error(`${name} is missing (looked for ${path}); the browser tests need it.`);
  console.error(`Install with:\n\n  sudo apt-get install -y ${missing.map(([, , pkg]) => pkg).join(' ')}\n`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

check('typecheck (tsc --noEmit)', run('npx', ['tsc', '--noEmit']));
check('lint (eslint)', run('npx', ['eslint', '.']));
const builtChrome = run('npx', ['wxt', 'build']);
check('build chrome-mv3', builtChrome);
// `wxt zip` builds .output/firefox-mv2 and packs it as the store package, which a Firefox browser test installs.
const builtFirefox = run('npx', ['wxt', 'zip', '-b', 'firefox']);
check('build firefox-mv2 and its store package (wxt zip -b firefox)', builtFirefox);
if (builtFirefox) {
  console.log('\n▶ web-ext lint --source-dir .output/firefox-mv2');
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  let errors = 1;
  let unexplained = 1;
  try {
    const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
    errors = report.summary.errors;
    for (const message of [...report.errors, ...report.warnings]) console.log(`  ${message._type}: ${message.code} ${message.file ?? ''} ${message.message}`);
    console.log(`  ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
    // The only warnings allowed are react-dom's own innerHTML assignments (docs/release.md): Rapport's code never assigns HTML.
    const fromReactDom = (warning) =>
      warning.code === 'UNSAFE_VAR_ASSIGNMENT' && warning.file && readFileSync(join('.output/firefox-mv2', warning.file), 'utf8').includes('https://react.dev/errors/');
    // And PouchDB's `scopeEval` (pouchdb-utils), bundled into the background by opt-in sync: it builds a function
    // only for string filters and temporary views, which Rapport never passes (and MV3's CSP would refuse).
    const fromPouchScopeEval = (warning) =>
      warning.code === 'DANGEROUS_EVAL' &&
      warning.file === 'background.js' &&
      /return \w+\.push\(\w+\),Function\.apply\(null,\w+\)\.apply\(null,\w+\)/.test(readFileSync(join('.output/firefox-mv2', warning.file), 'utf8')) &&
      readFileSync(join('.output/firefox-mv2', warning.file), 'utf8').includes('_pouch_check_localstorage');
    unexplained = report.warnings.filter((warning) => !fromReactDom(warning) && !fromPouchScopeEval(warning)).length;
    if (unexplained) console.log(`  ${unexplained} warnings not from a dependency`);
  } catch {
    console.log(lint.stdout, lint.stderr);
  }
  check('web-ext lint: 0 errors, warnings only from react-dom and PouchDB', errors === 0 && unexplained === 0);
}
if (builtChrome) check('size budgets', run('node', ['scripts/size-budgets.mjs']));
vitest('unit tests', 'tests/vitest.config.ts');
if (builtChrome) vitest('browser tests (Chromium)', 'tests/e2e/vitest.config.ts');
else check('browser tests (Chromium): build failed', false);
if (builtFirefox) vitest('browser tests (Firefox)', 'tests/e2e-firefox/vitest.config.ts');
else check('browser tests (Firefox): build failed', false);

console.log('\nSummary');
for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
