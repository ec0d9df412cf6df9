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
const ADDED = '2026-01-05T09:00:00.000Z';

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
  rapport.serve(`/in/${jane.slug}/`, profilePageV3(jane));
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
      ],
      touchpoints: [],
      notes: [],
    },
  });
  expect(imported).toMatchObject({ ok: true, value: { contactsAdded: 1 } });
});
afterAll(async () => {
  await rapport?.close();
});

const person = (panel: Page) => panel.getByRole('article', { name: jane.name });
const card = (panel: Page) => person(panel).getByRole('region', { name: 'New role?' });
const timeline = (panel: Page) => person(panel).getByRole('region', { name: 'Timeline' });

describe('job-change detection in Chromium', () => {
  it('suggests congratulating a person whose profile shows a new headline; Congratulate logs a congrats touchpoint that stays settled', async () => {
    await rapport.openLinkedIn(`/in/${jane.slug}/`);
    const panel = await rapport.openExtensionPage('sidepanel.html');

    await card(panel).waitFor();
    expect(await card(panel).getByText(`Their headline changed: “${jane.headline}” (was “${STORED}”)`).isVisible()).toBe(true);
    await timeline(panel).getByText('Nothing logged with Jane Doe yet.').waitFor();

    await card(panel).getByRole('button', { name: 'Congratulate' }).click();
    await person(panel).getByText('Congrats to Jane Doe logged.').waitFor();
    expect(await card(panel).count()).toBe(0);
    await timeline(panel).getByRole('listitem').filter({ hasText: 'Congrats' }).waitFor();

    await panel.reload();
    await timeline(panel).getByRole('listitem').filter({ hasText: 'Congrats' }).waitFor();
    expect(await card(panel).count()).toBe(0);
    expect(await timeline(panel).getByRole('listitem').count()).toBe(1);

    const backup = await rapport.send<{ contacts: Array<{ headline?: string }>; touchpoints: Array<{ type: string; focus: string }> }>({ type: 'exportBackup' });
    expect(backup.value?.contacts.map((contact) => contact.headline)).toEqual([jane.headline]);
    expect(backup.value?.touchpoints).toMatchObject([{ type: 'congrats', focus: 'give' }]);
    await panel.close();
  });
});
