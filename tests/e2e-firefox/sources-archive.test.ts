import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickLogButton } from './closed-shadow';
import { launchFirefox, type FirefoxHarness } from './harness';

/**
 * The sources archive addons.mozilla.org asks for (`npm run zip` writes it
 * beside the store package) rebuilds the very add-on users get: unpacked into
 * an empty folder, with the project's installed dependencies linked in (no
 * network: nothing is downloaded), `wxt build -b firefox` gives the store
 * package's files byte for byte, and that rebuilt add-on runs in Firefox.
 */

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const SOURCES = resolve(`.output/rapport-${version}-sources.zip`);
const PACKAGE = resolve(`.output/rapport-${version}-firefox.zip`);
const JANE = '/in/jane-doe-4a1b2c/';

let workDir: string;
let rebuilt: string;
let rapport: FirefoxHarness | undefined;

/** Every file under `dir`, by its path relative to it ('/' separators, as in a zip). */
function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

function unzipInto(zip: string, dir: string): string[] {
  const files = unzipSync(readFileSync(zip));
  const names = Object.keys(files).filter((name) => !name.endsWith('/'));
  for (const name of names) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), files[name]!);
  }
  return names;
}

/**
 * The environment of a reviewer's shell: this one without what Vitest sets
 * (`NODE_ENV=test`, `VITEST*`), which changes what Vite builds (other chunk
 * names), and offline.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_offline: 'true' };
  for (const name of Object.keys(env)) if (name === 'NODE_ENV' || name === 'TEST' || name.startsWith('VITEST') || name === 'RAPPORT_SOURCEMAP') delete env[name];
  return env;
}

beforeAll(async () => {
  for (const file of [SOURCES, PACKAGE]) if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx wxt zip -b firefox\` (or \`npm run zip\`) first.`);
  workDir = mkdtempSync(join(tmpdir(), 'rapport-sources-'));
  const names = unzipInto(SOURCES, workDir);
  // What a reviewer gets: sources and the lockfile, never installed packages or build output.
  expect(names).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'entrypoints/background/index.ts', 'public/_locales/en/messages.json']));
  expect(names.filter((name) => /^(node_modules|\.output|\.wxt|coverage|bench-results)\//.test(name))).toEqual([]);
  // Offline: the dependencies `npm ci` would install from the lockfile are the ones installed here, linked in.
  symlinkSync(realpathSync('node_modules'), join(workDir, 'node_modules'), 'dir');
  execFileSync(process.execPath, [join(workDir, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], {
    cwd: workDir,
    env: buildEnv(),
    stdio: 'pipe',
  });
  rebuilt = join(workDir, '.output/firefox-mv2');
}, 300_000);
afterAll(async () => {
  await rapport?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the Firefox sources archive', () => {
  it('rebuilds the store package byte for byte: the same files, the same bytes', () => {
    const shipped = unzipSync(readFileSync(PACKAGE));
    const shippedNames = Object.keys(shipped).filter((name) => !name.endsWith('/')).sort();
    expect(filesUnder(rebuilt).sort()).toEqual(shippedNames);
    const differing = shippedNames.filter((name) => !Buffer.from(shipped[name]!).equals(readFileSync(join(rebuilt, name))));
    expect(differing).toEqual([]);
  });

  it('the rebuilt add-on installs into Firefox and works: the button on a profile logs through the background', async () => {
    rapport = await launchFirefox({ extension: rebuilt });
    rapport.serve(JANE, readFileSync('tests/fixtures/linkedin/profile-viewer-vs-viewed.v3.html', 'utf8'));
    expect(await rapport.inExtension((browser) => browser.runtime.getManifest().version)).toBe(version);
    const { page } = await rapport.openLinkedIn(JANE);
    await clickLogButton(page);
    const touchpoints = async () => (await rapport!.send<{ touchpoints: Array<{ contactId: string; type: string }> }>({ type: 'exportBackup' })).value?.touchpoints;
    await expect.poll(touchpoints).toMatchObject([{ contactId: 'in:jane-doe-4a1b2c', type: 'message' }]);
    await page.close();
  });
});
