import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';

/**
 * The options page saves every setting as it is edited (issue 21): an edited
 * cadence survives a reload with no Save button pressed, and an edit made just
 * before the page goes away is not lost either.
 */
let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
});
afterAll(async () => {
  await rapport?.close();
});

type Settings = { cadences: { key: { idealDays: number; maxDays: number }; new: { steps: Array<{ idealDays: number }> } } };
const stored = async () => (await rapport.send<Settings>({ type: 'getSettings' })).value!;

describe('the options page in Chromium', () => {
  it('an edited cadence survives a reload: saved by itself, with a visible “Saved”', async () => {
    const options = await rapport.openExtensionPage('options.html');
    expect(await options.getByRole('button', { name: 'Save settings' }).count()).toBe(0);
    await options.getByRole('spinbutton', { name: 'Key Due after (days)' }).fill('45');
    await options.getByRole('spinbutton', { name: 'Key Overdue after (days)' }).fill('60');
    await options.getByText('Settings saved.').waitFor();
    await options.reload();
    await expect.poll(() => options.getByRole('spinbutton', { name: 'Key Due after (days)' }).inputValue()).toBe('45');
    expect(await options.getByRole('spinbutton', { name: 'Key Overdue after (days)' }).inputValue()).toBe('60');
    expect((await stored()).cadences.key).toEqual({ idealDays: 45, maxDays: 60 });
    // The 24-7-30 steps are named by what they are for, with their day.
    expect(await options.getByRole('rowheader').allTextContents()).toEqual(expect.arrayContaining(['Day 7: a personal touch']));
    await options.close();
  });

  it('an edit made just before the page is closed is stored (flushed on pagehide, not lost to the pause)', async () => {
    const options = await rapport.openExtensionPage('options.html');
    await options.getByRole('spinbutton', { name: 'Day 7: a personal touch Due after (days)' }).fill('6');
    await options.close({ runBeforeUnload: true });
    await expect.poll(async () => (await stored()).cadences.new.steps[1]?.idealDays).toBe(6);
  });

  it('shows the LinkedIn export first, and no backup warning on an empty install', async () => {
    const options = await rapport.openExtensionPage('options.html');
    const headings = await options.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.slice(0, 4)).toEqual(['Your LinkedIn history', 'How often to keep in touch', 'Notifications', 'Automatic capture']);
    await options.getByRole('heading', { name: 'Backup' }).waitFor();
    expect(await options.getByText(/You have not exported a backup yet/).count()).toBe(0);
    await options.close();
  });
});
