import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launchExtension, type ExtensionHarness } from './harness';

/**
 * Introductions end to end in Chromium (issue 17): "Introduce…" in Ana's
 * person view, choosing Ben from Rapport; the introduction reads the same on
 * both timelines, is listed on the dashboard, and survives export → delete
 * everything → import. axe-core finds nothing in light or dark mode.
 */

const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
const contact = (slug: string, name: string) => ({
  id: `in:${slug}`,
  profileUrl: `https://www.linkedin.com/in/${slug}/`,
  name,
  circle: 'key',
  tags: [],
  createdAt: iso(100),
  updatedAt: iso(100),
  circleSince: iso(100),
});
const ANA = contact('ana-intro-e2e', 'Ana Intro');
const BEN = contact('ben-intro-e2e', 'Ben Intro');
const PURPOSE = 'Both hiring data engineers';
const LINE = `Introduced ${ANA.name} to ${BEN.name} · ${PURPOSE}`;

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
  const reply = await rapport.send({ type: 'importBackup', backup: { format: 'rapport-backup', version: 1, exportedAt: iso(0), contacts: [ANA, BEN], touchpoints: [], notes: [] } });
  expect(reply).toMatchObject({ ok: true, value: { contactsAdded: 2 } });
});
afterAll(async () => {
  await rapport?.close();
});

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await rapport.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${rapport.extensionId}/${path}`);
  return page;
}

const personPage = (slug: string, colorScheme: 'light' | 'dark' = 'light') => open(`people.html?person=${encodeURIComponent(`in:${slug}`)}`, colorScheme);
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

describe('introductions in Chromium', () => {
  it('an introduction made in Ana’s person view is on both timelines as a give', async () => {
    const page = await personPage('ana-intro-e2e');
    await page.getByRole('button', { name: 'Introduce…' }).click();
    const form = page.getByRole('form', { name: 'Record an introduction' });
    await form.getByLabel('Find them in Rapport').fill('Ben');
    await form.getByRole('button', { name: `Choose ${BEN.name}` }).click();
    await form.getByLabel('Why (optional)').fill(PURPOSE);
    await form.getByRole('button', { name: 'Save introduction' }).click();
    await page.getByText('Introduction saved.').waitFor();
    await timeline(page).getByText(LINE).waitFor();
    await page.close();

    const ben = await personPage('ben-intro-e2e');
    await timeline(ben).getByText(LINE).waitFor();
    // The person view says who introduced whom (its introductions load as a lazy chunk).
    await ben.getByRole('region', { name: 'Introductions' }).getByText(LINE).waitFor();
    await ben.close();

    const backup = await rapport.send<{ touchpoints: Array<{ contactId: string; type: string; focus: string; introductionId?: string }> }>({ type: 'exportBackup' });
    expect(backup.value?.touchpoints.map(({ contactId, type, focus }) => [contactId, type, focus]).sort()).toEqual([
      [ANA.id, 'intro', 'give'],
      [BEN.id, 'intro', 'give'],
    ]);
  });

  it('the dashboard lists it under the introductions you made', async () => {
    const dashboard = await open('dashboard.html');
    await dashboard.getByRole('region', { name: 'You introduced' }).getByText(LINE).waitFor();
    expect(await dashboard.getByRole('region', { name: 'Introduced to you' }).getByText(/^No introductions received yet/).isVisible()).toBe(true);
    await dashboard.close();
  });

  it('survives export → delete everything → import, on both timelines', async () => {
    const exported = await rapport.send<Record<string, unknown>>({ type: 'exportBackup' });
    expect(exported.ok).toBe(true);
    const file = JSON.parse(JSON.stringify(exported.value));
    expect((await rapport.send({ type: 'deleteAllData' })).ok).toBe(true);
    const emptied = await personPage('ana-intro-e2e');
    await emptied.waitForTimeout(300);
    expect(await emptied.getByText(LINE).count()).toBe(0);
    await emptied.close();

    expect(await rapport.send({ type: 'importBackup', backup: file })).toMatchObject({ ok: true, value: { contactsAdded: 2, introductionsImported: 1 } });
    for (const slug of ['ana-intro-e2e', 'ben-intro-e2e']) {
      const page = await personPage(slug);
      await timeline(page).getByText(LINE).waitFor();
      await page.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('no accessibility violations (axe-core) in %s mode', (colorScheme) => {
  it('the person view with its introductions and the Introduce… form open', async () => {
    const page = await personPage('ana-intro-e2e', colorScheme);
    await page.getByRole('region', { name: 'Introductions' }).getByText(LINE).waitFor();
    await page.getByRole('button', { name: 'Introduce…' }).click();
    await page.getByRole('form', { name: 'Record an introduction' }).getByLabel('Find them in Rapport').fill('Ben');
    await page.getByRole('button', { name: `Choose ${BEN.name}` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the dashboard with its introductions card', async () => {
    const page = await open('dashboard.html', colorScheme);
    await page.getByRole('region', { name: 'You introduced' }).getByText(LINE).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
