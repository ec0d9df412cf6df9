import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launchExtension, type ExtensionHarness } from './harness';
import { injected, toastText } from './closed-shadow';
import { profilePageV3 } from '../fixtures/linkedin/profile-top-card.v3';

/**
 * Logging you can predict (issue 21, item 5), in the built extension in
 * Chromium: the popup's first log shows exactly one labelled circle picker;
 * Undo in the page's toast still works after logging from a due list removed
 * the row; the in-page ▾ is a real menu driven with arrow keys; and the
 * changed popup has no axe-core violations, light or dark.
 */

const DAY = 86_400_000;
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();
const jane = { slug: 'jane-doe-predict', name: 'Jane Doe', headline: 'Head of Data at Acme' };
const omar = { slug: 'omar-predict', name: 'Omar Said', headline: 'CTO at Initech' };

type Stored = { contacts: Array<{ id: string; circle: string }>; touchpoints: Array<{ contactId: string; type: string }> };
let rapport: ExtensionHarness;
const stored = async () => (await rapport.send<Stored>({ type: 'exportBackup' })).value!;

beforeAll(async () => {
  rapport = await launchExtension();
  rapport.serve(`/in/${jane.slug}/`, profilePageV3(jane));
  rapport.serve(`/in/${omar.slug}/`, profilePageV3(omar));
});
afterAll(async () => {
  await rapport?.close();
});

async function popupFor(tabId: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await rapport.context.newPage();
  await popup.emulateMedia({ colorScheme });
  await popup.goto(`chrome-extension://${rapport.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

describe('the popup’s first log', () => {
  it('names its type, confirms in one voice with Undo, and shows exactly one labelled circle picker', async () => {
    const { page: profile, tabId } = await rapport.openLinkedIn(`/in/${jane.slug}/`);
    const popup = await popupFor(tabId);
    await popup.getByRole('heading', { name: jane.name }).waitFor();
    await popup.getByRole('button', { name: 'Log a message' }).click();
    const toast = popup.getByRole('region', { name: 'Rapport notifications' });
    await toast.getByText(`Logged a message with ${jane.name}, now in Rapport`).waitFor();
    // Focus went to Undo, so a keyboard user can take it back at once.
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await popup.getByText('Last touched today').waitFor();
    const pickers = popup.getByRole('group', { name: 'Circle' });
    expect(await pickers.count()).toBe(1);
    expect(await popup.getByText('Wider · every 90 days').isVisible()).toBe(true);
    expect(await pickers.getByRole('button', { name: 'Wider' }).getAttribute('aria-pressed')).toBe('true');
    await popup.close();
    await profile.close();
  });

  it.each(['light', 'dark'] as const)('has no axe-core violations after a log, with the menu open (%s)', async (colorScheme) => {
    const { page: profile, tabId } = await rapport.openLinkedIn(`/in/${jane.slug}/`);
    const popup = await popupFor(tabId, colorScheme);
    await popup.getByRole('heading', { name: jane.name }).waitFor();
    await popup.getByRole('button', { name: /^Log a / }).click();
    await popup.getByRole('region', { name: 'Rapport notifications' }).getByText(/^Logged /).waitFor();
    await popup.getByRole('button', { name: /^Log another type for / }).click();
    await popup.getByRole('menu').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await profile.close();
  });
});

describe('the due list in the popup', () => {
  it('after logging removes the row, the page toast and its Undo stay, and Undo brings the row back', async () => {
    await rapport.send({
      type: 'logTouchpoint',
      target: { person: { profileUrl: `https://www.linkedin.com/in/${omar.slug}/`, name: omar.name }, circle: 'inner' },
      touchpoint: { type: 'message', at: iso(60) },
    });
    const before = (await stored()).touchpoints.length;
    const popup = await rapport.openExtensionPage('popup.html?tabId=999999');
    const due = popup.getByRole('region', { name: /^Due/ });
    await due.getByRole('link', { name: omar.name, exact: true }).waitFor();
    await due.getByRole('button', { name: `Log a touchpoint with ${omar.name}` }).click();
    await due.getByRole('group', { name: `Log a touchpoint with ${omar.name}` }).getByRole('button', { name: /^Log a / }).click();
    await due.getByRole('link', { name: omar.name, exact: true }).waitFor({ state: 'detached' });
    const toast = popup.getByRole('region', { name: 'Rapport notifications' });
    await toast.getByText(new RegExp(`^Logged .* with ${omar.name}$`)).waitFor();
    expect((await stored()).touchpoints).toHaveLength(before + 1);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await toast.getByText('Undone.').waitFor();
    expect((await stored()).touchpoints).toHaveLength(before);
    await due.getByRole('link', { name: omar.name, exact: true }).waitFor();
    await popup.close();
  });
});

describe('the in-page button on a profile', () => {
  it('keeps status apart from the action, and its ▾ is a menu driven by arrow keys that returns focus', async () => {
    const { page: profile } = await rapport.openLinkedIn(`/in/${jane.slug}/`);
    const status = injected(profile, 'rapport-log-button', '.status');
    await expect.poll(() => status.textContent()).toMatch(/Last touched today$/);
    expect(await injected(profile, 'rapport-log-button', 'button.log').textContent()).toMatch(/^Log a /);
    await injected(profile, 'rapport-log-button', 'button.toggle').click();
    expect(await injected(profile, 'rapport-log-button', '[role="menu"]:not([hidden])').count()).toBe(1);
    // Focus is on the first item (Like); five steps down is Call.
    for (let i = 0; i < 5; i++) await profile.keyboard.press('ArrowDown');
    const before = (await stored()).touchpoints.filter((t) => t.type === 'call').length;
    await profile.keyboard.press('Enter');
    await expect.poll(async () => (await stored()).touchpoints.filter((t) => t.type === 'call').length).toBe(before + 1);
    await expect.poll(() => toastText(profile)).toContain(`Logged a call with ${jane.name}`);
    // The menu closed, and the main action now names what it will log.
    expect(await injected(profile, 'rapport-log-button', '[role="menu"]:not([hidden])').count()).toBe(0);
    await expect.poll(() => injected(profile, 'rapport-log-button', 'button.log').textContent()).toBe('Log a call');
    // Escape closes an open menu.
    await injected(profile, 'rapport-log-button', 'button.toggle').click();
    await profile.keyboard.press('Escape');
    expect(await injected(profile, 'rapport-log-button', '[role="menu"]:not([hidden])').count()).toBe(0);
    await profile.close();
  });
});
