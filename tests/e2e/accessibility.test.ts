import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launchExtension, type ExtensionHarness } from './harness';
import { profilePageV3 } from '../fixtures/linkedin/profile-top-card.v3';

/**
 * axe-core over every page a user works in, with real data in them, in light
 * and dark mode: the popup on a profile (this page, due list), the side panel
 * on a person (relationship, notes, timeline, a "New role?" card) and on a
 * page about nobody (due list and search), and the options page. The
 * dashboard has its own check in dashboard.test.ts.
 */

const DAY = 86_400_000;
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();

const jane = { slug: 'jane-doe-a11y', name: 'Jane Doe', headline: 'VP Data at Globex', company: 'Globex' };

function contact(slug: string, name: string, circle: string, fields: Record<string, unknown> = {}) {
  return {
    id: `in:${slug}`,
    profileUrl: `https://www.linkedin.com/in/${slug}/`,
    name,
    circle,
    tags: ['mentor'],
    createdAt: iso(120),
    updatedAt: iso(120),
    circleSince: iso(120),
    ...fields,
  };
}

let rapport: ExtensionHarness;
let tabId: number;

beforeAll(async () => {
  rapport = await launchExtension();
  rapport.serve(`/in/${jane.slug}/`, profilePageV3(jane));
  rapport.serve('/feed/', '<!doctype html><html lang="en"><head><title>Feed | LinkedIn</title></head><body><main></main></body></html>');
  const imported = await rapport.send({
    type: 'importBackup',
    backup: {
      format: 'rapport-backup',
      version: 1,
      exportedAt: iso(0),
      contacts: [
        // Jane's page shows a new headline and company: the side panel suggests congratulating her.
        contact(jane.slug, jane.name, 'key', { kind: 'both', headline: 'Head of Data at Acme', company: 'Acme', headlineSeenAt: iso(60), companySeenAt: iso(60) }),
        contact('sam-lee-a11y', 'Sam Lee', 'inner', { headline: 'Founder, Lyon' }),
        contact('ali-khan-a11y', 'Ali Khan', 'wider'),
      ],
      touchpoints: [
        { id: 'a11y-t1', contactId: `in:${jane.slug}`, type: 'comment', focus: 'give', at: iso(50), source: 'manual', note: 'On her data post' },
        { id: 'a11y-t2', contactId: `in:${jane.slug}`, type: 'ask', focus: 'ask', at: iso(45), source: 'manual', outcome: 'helped', thanked: true },
      ],
      notes: [{ id: 'a11y-n1', contactId: `in:${jane.slug}`, body: 'Met at MWC.', createdAt: iso(50), updatedAt: iso(50) }],
    },
  });
  expect(imported).toMatchObject({ ok: true, value: { contactsAdded: 3 } });
  ({ tabId } = await rapport.openLinkedIn(`/in/${jane.slug}/`));
});
afterAll(async () => {
  await rapport?.close();
});

async function check(path: string, colorScheme: 'light' | 'dark', ready: (page: Page) => Promise<unknown>) {
  const page = await rapport.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${rapport.extensionId}/${path}`);
  await ready(page);
  const violations = await axeViolations(page);
  await page.close();
  return violations;
}

describe.each(['light', 'dark'] as const)('no accessibility violations (axe-core) in %s mode', (colorScheme) => {
  it('in the popup on a profile: this page and the due list', async () => {
    const violations = await check(`popup.html?tabId=${tabId}`, colorScheme, async (popup) => {
      await popup.getByRole('heading', { name: jane.name }).waitFor();
      await popup.getByText('Sam Lee').first().waitFor();
    });
    expect(violations).toEqual([]);
  });

  it('in the side panel on a person: relationship, new role, notes, timeline', async () => {
    const violations = await check(`sidepanel.html?tabId=${tabId}`, colorScheme, async (panel) => {
      const person = panel.getByRole('article', { name: jane.name });
      await person.getByRole('region', { name: 'New role?' }).getByText('Their company changed: “Globex” (was “Acme”)').waitFor();
      await person.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first().waitFor();
      await person.getByText('Met at MWC.').waitFor();
    });
    expect(violations).toEqual([]);
  });

  it('in the side panel on a page about nobody: the due list and search', async () => {
    const feed = await rapport.openLinkedIn('/feed/');
    const violations = await check(`sidepanel.html?tabId=${feed.tabId}`, colorScheme, async (panel) => {
      await panel.getByRole('searchbox').first().waitFor();
      await panel.getByText('Sam Lee').first().waitFor();
    });
    await feed.page.close();
    expect(violations).toEqual([]);
  });

  it('on the options page', async () => {
    const violations = await check('options.html', colorScheme, async (options) => {
      await options.getByRole('button', { name: 'Export backup' }).waitFor();
      await options.getByLabel('Import LinkedIn data export').waitFor();
    });
    expect(violations).toEqual([]);
  });
});
