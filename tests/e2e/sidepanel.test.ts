import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, waitForTabContext, type ExtensionHarness } from './harness';
import { profilePageV3, topCardV3 } from '../fixtures/linkedin/profile-top-card.v3';

/**
 * The side panel in Chromium, opened as `sidepanel.html` in a tab (a real
 * panel needs a user gesture), next to profile pages served as
 * https://www.linkedin.com/in/<slug>/. Recognition is the content script's
 * (issue 3): these tests need it to tell who a profile is.
 */

const jane = { slug: 'jane-doe-e2e', name: 'Jane Doe', headline: 'Head of Data at Acme' };
const sam = { slug: 'sam-lee-e2e', name: 'Sam Lee', headline: 'Founder, Lyon' };
const NOTE = 'Met at MWC. Ask about the data team in March.';

let rapport: ExtensionHarness;
let linkedIn: { page: Page; tabId: number };

beforeAll(async () => {
  rapport = await launchExtension();
  rapport.serve(`/in/${jane.slug}/`, profilePageV3(jane));
  rapport.serve(`/in/${sam.slug}/`, profilePageV3(sam));
});
afterAll(async () => {
  await rapport?.close();
});

const personHeading = (panel: Page, name: string) => panel.getByRole('article', { name }).getByRole('heading', { level: 2, name });

describe('the side panel in Chromium', () => {
  it('shows the person of the profile in the other tab', async () => {
    const panel = await rapport.openExtensionPage('sidepanel.html');
    linkedIn = await rapport.openLinkedIn(`/in/${jane.slug}/`);
    await personHeading(panel, jane.name).waitFor();
    const person = panel.getByRole('article', { name: jane.name });
    expect(await person.getByText(jane.headline).isVisible()).toBe(true);
    expect(await person.getByText('Not in Rapport').isVisible()).toBe(true);
    expect(await person.getByRole('link', { name: jane.name }).getAttribute('href')).toBe(`https://www.linkedin.com/in/${jane.slug}/`);
    await panel.close();
  });

  it('keeps a note typed just before the panel is closed, and shows it when reopened', async () => {
    const panel = await rapport.openExtensionPage('sidepanel.html');
    // The panel is now the active tab itself: it keeps showing the tab the user came from.
    const box = panel.getByRole('textbox', { name: `New note about ${jane.name}` });
    await box.click();
    await box.pressSequentially(NOTE);
    await panel.close();

    const reopened = await rapport.openExtensionPage('sidepanel.html');
    await personHeading(reopened, jane.name).waitFor();
    const notes = () => reopened.locator('textarea').evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value));
    await expect.poll(notes).toContain(NOTE);
    // Writing the note added Jane to Rapport.
    const backup = await rapport.send<{ contacts: Array<{ id: string; name: string }>; notes: Array<{ body: string }> }>({ type: 'exportBackup' });
    expect(backup.value?.contacts.map((contact) => contact.id)).toEqual([`in:${jane.slug}`]);
    expect(backup.value?.notes.map((note) => note.body)).toEqual([NOTE]);
    await reopened.close();
  });

  it('switches to the next person when the LinkedIn tab moves to another profile by history.pushState', async () => {
    const panel = await rapport.openExtensionPage('sidepanel.html');
    await personHeading(panel, jane.name).waitFor();
    await linkedIn.page.bringToFront();
    await linkedIn.page.evaluate(
      ({ url, card }) => {
        // What LinkedIn's router does: a new history entry, then the new profile rendered in place.
        history.pushState({}, '', url);
        const rendered = new DOMParser().parseFromString(card, 'text/html');
        document.querySelector('main')!.replaceChildren(...rendered.body.childNodes);
        document.title = 'Sam Lee | LinkedIn';
      },
      { url: `/in/${sam.slug}/`, card: topCardV3(sam) },
    );
    await personHeading(panel, sam.name).waitFor();
    expect(await panel.getByRole('article', { name: jane.name }).count()).toBe(0);
    await waitForTabContext(rapport, linkedIn.tabId, (context) => context.profile?.name === sam.name);
    await panel.close();
  });

  it('fits a 320 px wide panel without scrolling sideways, in light and dark themes', async () => {
    const panel = await rapport.context.newPage();
    await panel.setViewportSize({ width: 320, height: 700 });
    await panel.goto(`chrome-extension://${rapport.extensionId}/sidepanel.html`);
    await personHeading(panel, sam.name).waitFor();
    const overflow = () => panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const background = () => panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await panel.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await panel.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    expect(light).toBe('rgb(255, 255, 255)');
    expect(dark).toBe('rgb(17, 20, 24)');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await panel.close();
  });
});

describe('opening the side panel', () => {
  it('the toolbar setting switches the button between the popup and the side panel', async () => {
    const options = await rapport.openExtensionPage('options.html');
    await options.getByRole('radio', { name: 'The side panel: notes and history beside the page' }).check();
    await options.getByText('Settings saved.').waitFor(); // a choice saves at once
    const state = () =>
      rapport.worker.evaluate(async () => ({ popup: await chrome.action.getPopup({}), behaviour: await chrome.sidePanel.getPanelBehavior() }));
    await expect.poll(state).toEqual({ popup: '', behaviour: { openPanelOnActionClick: true } });
    await options.getByRole('radio', { name: 'The popup: log a touchpoint in one click' }).check();
    await expect.poll(state).toEqual({ popup: `chrome-extension://${rapport.extensionId}/popup.html`, behaviour: { openPanelOnActionClick: false } });
    await options.close();
  });

  it('the popup’s “Open side panel” button opens the panel in the popup’s window', async () => {
    const popup = await rapport.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'Open side panel' }).click();
    await expect
      .poll(() => rapport.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as never] })).length))
      .toBe(1);
  });

  it('declares the keyboard shortcut', async () => {
    const manifest = await rapport.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.commands?.['open-side-panel']).toMatchObject({ suggested_key: { default: 'Alt+Shift+S' } });
    const shortcuts = await rapport.worker.evaluate(() => chrome.commands.getAll());
    expect(shortcuts.find((command) => command.name === 'open-side-panel')).toMatchObject({ description: 'Open the Rapport side panel', shortcut: 'Alt+Shift+S' });
  });
});
