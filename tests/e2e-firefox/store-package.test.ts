import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickLogButton, toastShown } from './closed-shadow';
import { launchFirefox, type FirefoxHarness } from './harness';

/**
 * The package users get from addons.mozilla.org: the zip `npm run zip` (wxt zip
 * -b firefox) writes, installed as it is into Firefox, not the unpacked build.
 */

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const PACKAGE = resolve(`.output/rapport-${version}-firefox.zip`);
const JANE = '/in/jane-doe-4a1b2c/';

let rapport: FirefoxHarness;

beforeAll(async () => {
  if (!existsSync(PACKAGE)) throw new Error(`${PACKAGE} is missing: run \`npx wxt zip -b firefox\` (or \`npm run zip\`) first.`);
  rapport = await launchFirefox({ extension: PACKAGE });
  rapport.serve(JANE, readFileSync('tests/fixtures/linkedin/profile-viewer-vs-viewed.v3.html', 'utf8'));
});
afterAll(async () => {
  await rapport?.close();
});

describe('the Firefox store package', () => {
  it('holds the manifest at its root, with the gecko id Firefox installs it under', () => {
    const files = unzipSync(readFileSync(PACKAGE));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest).toMatchObject({ manifest_version: 2, version, browser_specific_settings: { gecko: { id: 'rapport@rapport.invalid' } } });
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['background.js', 'content-scripts/linkedin.js', 'options.html', 'sidepanel.html', 'popup.html']));
  });

  it('installed into Firefox, runs its content script: the button on a profile logs through the background', async () => {
    const installed = await rapport.inExtension((browser) => browser.runtime.getManifest().version);
    expect(installed).toBe(version);
    const { page } = await rapport.openLinkedIn(JANE);
    // A real click on the button (in a closed shadow root: closed-shadow.ts); what it did is read from the database.
    await clickLogButton(page);
    const touchpoints = async () => (await rapport.send<{ touchpoints: Array<{ contactId: string; type: string }> }>({ type: 'exportBackup' })).value?.touchpoints;
    await expect.poll(touchpoints).toMatchObject([{ contactId: 'in:jane-doe-4a1b2c', type: 'message' }]);
    await expect.poll(() => toastShown(page)).toBe(true);
    await page.close();
  });
});
