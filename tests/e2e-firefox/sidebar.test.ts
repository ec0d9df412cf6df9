import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { controlLabelled, find, launchFirefox, type FirefoxHarness } from './harness';
import { profilePageV3 } from '../fixtures/linkedin/profile-top-card.v3';

/**
 * Firefox's sidebar (`sidebar_action`, the side panel's page) opened as
 * `sidepanel.html` in a tab: opening the real sidebar needs a user gesture
 * that BiDi cannot give. It follows the tab the user looks at (tabs.onActivated
 * and the tab's report in storage.session, both as Firefox delivers them).
 */

const jane = { slug: 'jane-doe-e2e', name: 'Jane Doe', headline: 'Head of Data at Acme' };
const sam = { slug: 'sam-lee-e2e', name: 'Sam Lee', headline: 'Founder, Lyon' };
const NOTE = 'Met at MWC. Ask about the data team in March.';

let rapport: FirefoxHarness;

beforeAll(async () => {
  rapport = await launchFirefox();
  rapport.serve(`/in/${jane.slug}/`, profilePageV3(jane));
  rapport.serve(`/in/${sam.slug}/`, profilePageV3(sam));
});
afterAll(async () => {
  await rapport?.close();
});

const personHeading = (panel: Page, name: string) => find(panel, 'article h2', name);
const shownPeople = (panel: Page) => panel.evaluate(() => [...document.querySelectorAll('article h2')].map((heading) => heading.textContent));

describe('the sidebar page in Firefox', () => {
  it('follows the active tab: the LinkedIn tab used last, then each profile brought to the front', async () => {
    const janeTab = await rapport.openLinkedIn(`/in/${jane.slug}/`);
    const samTab = await rapport.openLinkedIn(`/in/${sam.slug}/`);
    // Opened as a tab, the panel is the active tab itself: it shows the LinkedIn tab the user came from.
    const panel = await rapport.openExtensionPage('sidepanel.html');
    await personHeading(panel, sam.name);
    expect(await find(panel, 'article *', sam.headline)).toBeTruthy();

    await janeTab.page.bringToFront();
    await personHeading(panel, jane.name);
    expect(await shownPeople(panel)).toEqual([jane.name]);

    await samTab.page.bringToFront();
    await personHeading(panel, sam.name);
    expect(await shownPeople(panel)).toEqual([sam.name]);
    await samTab.page.close();
    await panel.close();
  });

  it('keeps a note typed just before it is closed, and shows it when reopened', async () => {
    const panel = await rapport.openExtensionPage('sidepanel.html');
    // Sam's tab is closed: the LinkedIn tab used last is Jane's.
    await personHeading(panel, jane.name);
    const box = await controlLabelled(panel, `New note about ${jane.name}`);
    await box.type(NOTE);
    await panel.close();

    const reopened = await rapport.openExtensionPage('sidepanel.html');
    await personHeading(reopened, jane.name);
    const notes = () => reopened.evaluate(() => [...document.querySelectorAll('textarea')].map((box) => box.value));
    await expect.poll(notes).toContain(NOTE);
    // Writing the note added Jane to Rapport.
    const backup = await rapport.send<{ contacts: Array<{ id: string }>; notes: Array<{ body: string }> }>({ type: 'exportBackup' });
    expect(backup.value?.contacts.map((contact) => contact.id)).toEqual([`in:${jane.slug}`]);
    expect(backup.value?.notes.map((note) => note.body)).toEqual([NOTE]);
    await reopened.close();
  });
});
