import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHarness } from './harness';
import { profilePageV3 } from '../fixtures/linkedin/profile-top-card.v3';

/**
 * Job-change detection (issue 8) in Chromium: a person Rapport knows with one
 * headline visits as a profile served at https://www.linkedin.com/in/<slug>/
 * showing another; the side panel (sidepanel.html in a tab, as in
 * sidepanel.test.ts) suggests congratulating them.
 */

const STORED = 'Head of Data at Acme';
const jane = { slug: 'jane-doe-jobchange', name: 'Jane Doe', headline: 'VP Data at Globex' };
/** Same headline as a page showed before, another current company. */
const omar = { slug: 'omar-haddad-jobchange', name: 'Omar Haddad', headline: 'Product designer', company: 'Globex' };
const ADDED = '2026-01-05T09:00:00.000Z';
/** A 2026 React profile (synthetic, tests/fixtures/linkedin/profile.v4.html): its top card names her member id. */
const marina = { slug: 'marina-costa-7f', name: 'Marina Costa', memberId: 'ACoAAMarinaCostaMarina7' };
const COMPOSER = `https://www.linkedin.com/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3A${marina.memberId}&recipient=${marina.memberId}`;

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
  rapport.serve(`/in/${jane.slug}/`, profilePageV3(jane));
  rapport.serve(`/in/${omar.slug}/`, profilePageV3(omar));
  rapport.serve(`/in/${marina.slug}/`, readFileSync('tests/fixtures/linkedin/profile.v4.html', 'utf8'));
  const imported = await rapport.send({
    type: 'importBackup',
    backup: {
      format: 'rapport-backup',
      version: 1,
      exportedAt: ADDED,
      contacts: [
        {
          id: `in:${jane.slug}`,
          profileUrl: `https://www.linkedin.com/in/${jane.slug}/`,
          name: jane.name,
          headline: STORED,
          // Shown by a LinkedIn page before (not a job title from the data export): changes to it count.
          headlineSeenAt: ADDED,
          circle: 'key',
          tags: [],
          createdAt: ADDED,
          updatedAt: ADDED,
          circleSince: ADDED,
        },
        {
          id: `in:${omar.slug}`,
          profileUrl: `https://www.linkedin.com/in/${omar.slug}/`,
          name: omar.name,
          headline: omar.headline,
          company: 'Acme',
          headlineSeenAt: ADDED,
          companySeenAt: ADDED,
          circle: 'inner',
          tags: [],
          createdAt: ADDED,
          updatedAt: ADDED,
          circleSince: ADDED,
        },
        {
          id: `in:${marina.slug}`,
          profileUrl: `https://www.linkedin.com/in/${marina.slug}/`,
          name: marina.name,
          headline: 'Analista de dados na Initech',
          headlineSeenAt: ADDED,
          circle: 'key',
          tags: [],
          createdAt: ADDED,
          updatedAt: ADDED,
          circleSince: ADDED,
        },
      ],
      touchpoints: [],
      notes: [],
    },
  });
  expect(imported).toMatchObject({ ok: true, value: { contactsAdded: 3 } });
});
afterAll(async () => {
  await rapport?.close();
});

const person = (panel: Page, name = jane.name) => panel.getByRole('article', { name });
const card = (panel: Page, name = jane.name) => person(panel, name).getByRole('region', { name: 'New role?' });
const timeline = (panel: Page) => person(panel).getByRole('region', { name: 'Timeline' });

describe('job-change detection in Chromium', () => {
  it('suggests congratulating a person whose profile shows a new headline; Congratulate logs a congrats touchpoint that stays settled', async () => {
    await rapport.openLinkedIn(`/in/${jane.slug}/`);
    const panel = await rapport.openExtensionPage('sidepanel.html');

    await card(panel).waitFor();
    expect(await card(panel).getByText(`Their headline changed: “${jane.headline}” (was “${STORED}”)`).isVisible()).toBe(true);
    await timeline(panel).getByText('Nothing logged with Jane Doe yet.').waitFor();

    // Rapport has not seen Jane's member id (her page has no Message link): it says so under the button.
    await card(panel).getByText("Opens their profile and logs congrats; Rapport hasn't seen their message link yet").waitFor();
    // Congratulate opens LinkedIn where the user writes to Jane (her profile, in a new tab) and logs on the way.
    const tabUrls = () => rapport.worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.pendingUrl ?? tab.url));
    const before = (await tabUrls()).filter((url) => url === `https://www.linkedin.com/in/${jane.slug}/`).length;
    await card(panel).getByRole('button', { name: 'Congratulate Jane Doe', exact: true }).click();
    await expect.poll(async () => (await tabUrls()).filter((url) => url === `https://www.linkedin.com/in/${jane.slug}/`).length, { timeout: 10_000 }).toBe(before + 1);
    await panel.getByRole('region', { name: 'Rapport notifications' }).getByText('Logged congrats with Jane Doe').waitFor();
    expect(await card(panel).count()).toBe(0);
    await timeline(panel).getByRole('listitem').filter({ hasText: 'Congrats' }).waitFor();

    await panel.reload();
    await timeline(panel).getByRole('listitem').filter({ hasText: 'Congrats' }).waitFor();
    expect(await card(panel).count()).toBe(0);
    expect(await timeline(panel).getByRole('listitem').count()).toBe(1);

    const backup = await rapport.send<{ contacts: Array<{ id: string; headline?: string }>; touchpoints: Array<{ type: string; focus: string }>; jobChanges: unknown[] }>({
      type: 'exportBackup',
    });
    expect(backup.value?.contacts.find((contact) => contact.id === `in:${jane.slug}`)?.headline).toBe(jane.headline);
    expect(backup.value?.touchpoints).toMatchObject([{ type: 'congrats', focus: 'give' }]);
    // The settled suggestion is part of the backup, so a restore does not offer it again.
    expect(backup.value?.jobChanges).toMatchObject([{ contactId: `in:${jane.slug}`, headline: { from: STORED, to: jane.headline }, settled: 'congratulated' }]);
    await panel.close();
  });

  it('suggests congratulating a person whose profile names another current company; Dismiss closes it without logging anything', async () => {
    await rapport.openLinkedIn(`/in/${omar.slug}/`);
    const panel = await rapport.openExtensionPage('sidepanel.html');

    await card(panel, omar.name).waitFor();
    expect(await card(panel, omar.name).getByText('Their company changed: “Globex” (was “Acme”)').isVisible()).toBe(true);
    expect(await card(panel, omar.name).getByText(/headline changed/).count()).toBe(0);

    await card(panel, omar.name).getByRole('button', { name: 'Dismiss' }).click();
    await card(panel, omar.name).waitFor({ state: 'detached' });
    await panel.reload();
    await person(panel, omar.name).getByRole('region', { name: 'Timeline' }).getByText('Nothing logged with Omar Haddad yet.').waitFor();
    expect(await card(panel, omar.name).count()).toBe(0);

    const backup = await rapport.send<{ contacts: Array<{ id: string; company?: string; companySeenAt?: string }>; touchpoints: Array<{ contactId: string }> }>({ type: 'exportBackup' });
    expect(backup.value?.contacts.find((contact) => contact.id === `in:${omar.slug}`)).toMatchObject({ company: 'Globex', companySeenAt: expect.any(String) });
    expect(backup.value?.touchpoints.filter((touchpoint) => touchpoint.contactId === `in:${omar.slug}`)).toEqual([]);
    await panel.close();
  });

  it('keeps the member id a served profile shows, and Congratulate opens LinkedIn’s message composer for that person and logs', async () => {
    await rapport.openLinkedIn(`/in/${marina.slug}/`);
    const panel = await rapport.openExtensionPage('sidepanel.html');
    await card(panel, marina.name).waitFor();
    // The recognised top card's key named her: stored on the contact.
    const contact = async () =>
      (await rapport.send<{ contacts: Array<{ id: string; memberId?: string; memberIdSeenAt?: string }> }>({ type: 'exportBackup' })).value?.contacts.find((c) => c.id === `in:${marina.slug}`);
    await expect.poll(async () => (await contact())?.memberId, { timeout: 10_000 }).toBe(marina.memberId);
    expect((await contact())?.memberIdSeenAt).toEqual(expect.any(String));
    await card(panel, marina.name).getByText('Opens a LinkedIn message to them and logs congrats').waitFor();

    const composerTabs = async () => (await rapport.worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.pendingUrl ?? tab.url))).filter((url) => url === COMPOSER).length;
    expect(await composerTabs()).toBe(0);
    await card(panel, marina.name).getByRole('button', { name: `Congratulate ${marina.name}`, exact: true }).click();
    await expect.poll(composerTabs, { timeout: 10_000 }).toBe(1);
    await panel.getByRole('region', { name: 'Rapport notifications' }).getByText(`Logged congrats with ${marina.name}`).waitFor();
    const backup = await rapport.send<{ touchpoints: Array<{ contactId: string; type: string }> }>({ type: 'exportBackup' });
    expect(backup.value?.touchpoints.filter((touchpoint) => touchpoint.contactId === `in:${marina.slug}`)).toMatchObject([{ type: 'congrats' }]);
    await panel.close();
  });
});
