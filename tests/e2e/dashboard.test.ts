import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launchExtension, type ExtensionHarness } from './harness';
import { profilePageV3 } from '../fixtures/linkedin/profile-top-card.v3';

/**
 * The dashboard in Chromium over an imported backup: the figures it shows are
 * checked against the backup's own data, the triage keys and the asks log
 * write through the background, a changed headline on a visited profile shows
 * up as a new role, and axe finds no accessibility violation, light or dark.
 */

const DAY = 86_400_000;
const now = Date.now();
const iso = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();

type Circle = 'inner' | 'key' | 'wider' | 'new' | 'untracked';
type Kind = 'strategic' | 'relational' | 'both';
const people: Array<{ slug: string; name: string; circle: Circle; kind?: Kind; headline: string }> = [
  { slug: 'ada-dash', name: 'Ada Dash', circle: 'inner', kind: 'strategic', headline: 'Engineer at Acme' },
  { slug: 'bea-dash', name: 'Bea Dash', circle: 'inner', kind: 'both', headline: 'Investor' },
  { slug: 'cem-dash', name: 'Cem Dash', circle: 'key', headline: 'Designer' },
  { slug: 'dan-dash', name: 'Dan Dash', circle: 'key', kind: 'relational', headline: 'Climber' },
  { slug: 'eli-dash', name: 'Eli Dash', circle: 'wider', headline: 'Recruiter' },
  { slug: 'old-dash', name: 'Old Dash', circle: 'untracked', kind: 'strategic', headline: 'Retired' },
];
// [slug, type, focus, days ago, extra]
const touches: Array<[string, string, 'give' | 'ask', number, Record<string, unknown>?]> = [
  ['ada-dash', 'like', 'give', 2],
  ['ada-dash', 'comment', 'give', 9],
  ['ada-dash', 'ask', 'ask', 20, { note: 'Intro to their CTO' }],
  ['bea-dash', 'meeting', 'give', 30],
  ['bea-dash', 'message', 'give', 45],
  ['cem-dash', 'share', 'give', 60],
  ['dan-dash', 'intro', 'give', 70, { note: 'Introduced Dan to Eli' }],
  ['eli-dash', 'ask', 'ask', 100],
  ['old-dash', 'message', 'give', 120],
  ['eli-dash', 'call', 'give', 400], // before the 26 weeks shown
];

function backup() {
  return {
    format: 'rapport-backup',
    version: 1,
    exportedAt: iso(0),
    contacts: people.map((p) => ({
      id: `in:${p.slug}`,
      profileUrl: `https://www.linkedin.com/in/${p.slug}/`,
      name: p.name,
      headline: p.headline,
      headlineSeenAt: iso(200),
      circle: p.circle,
      ...(p.kind ? { kind: p.kind } : {}),
      tags: [],
      createdAt: iso(500),
      updatedAt: iso(500),
      circleSince: iso(500),
    })),
    touchpoints: touches.map(([slug, type, focus, days, extra], i) => ({ id: `dash-${i}`, contactId: `in:${slug}`, type, focus, at: iso(days), source: 'manual', ...extra })),
    notes: [{ id: 'dash-note', contactId: 'in:cem-dash', body: 'Knows everyone in the Lyon climbing scene.', createdAt: iso(10), updatedAt: iso(10) }],
  };
}

let rapport: ExtensionHarness;
let dashboard: Page;

beforeAll(async () => {
  rapport = await launchExtension();
  const imported = await rapport.send({ type: 'importBackup', backup: backup() });
  expect(imported.ok).toBe(true);
  dashboard = await rapport.openExtensionPage('dashboard.html');
});
afterAll(async () => {
  await rapport?.close();
});

const card = (name: string) => dashboard.getByRole('region', { name, exact: true });
const rowCells = (region: ReturnType<typeof card>, row: string) =>
  region.getByRole('row', { name: new RegExp(`^${row}`) }).locator('td').allTextContents();

describe('the dashboard in Chromium', () => {
  it('shows the blend of the network as the backup has it, tracked circles only', async () => {
    const blend = card('Strategic and relational, by circle');
    const tracked = people.filter((p) => p.circle !== 'untracked');
    const count = (kind?: Kind) => tracked.filter((p) => p.kind === kind).length;
    await blend.getByText(`Of the ${tracked.length} people you keep in touch with: ${count('strategic')} strategic, ${count('relational')} relational, ${count('both')} both, ${count(undefined)} not classified yet.`).waitFor();
    await blend.getByText('Show as a table').click();
    expect(await rowCells(blend, 'Inner')).toEqual(['1', '0', '1', '0', '2']);
    expect(await rowCells(blend, 'Key')).toEqual(['0', '1', '0', '1', '2']);
    expect(await rowCells(blend, 'All circles')).toEqual(['1', '1', '1', '2', '5']);
  });

  it('measures touches, the give/ask ratio and public against private over the last 26 weeks', async () => {
    const recent = touches.filter(([, , , days]) => days < 26 * 7 - 7); // safely inside the window whatever today's weekday
    const gives = recent.filter(([, , focus]) => focus === 'give').length;
    await card('Touches per week').getByText(`${recent.length} touchpoints in the last 26 weeks`, { exact: false }).waitFor();
    const ratio = card('About them, or about you?');
    expect(await ratio.locator('[data-figure="give-share"]').textContent()).toBe(`${Math.round((gives / recent.length) * 100)}%`);
    expect(await ratio.getByText(`(${gives} of ${recent.length}, last 26 weeks)`, { exact: false }).count()).toBe(1);
    expect(await rowCells(ratio, 'Inner')).toEqual(['4', '1', '80%(below the 90% aim)']);
    expect(await rowCells(ratio, 'Untracked')).toEqual(['1', '0', '100%(meets the 90% aim)']);
    const publicCount = recent.filter(([, type]) => ['like', 'comment', 'share'].includes(type)).length;
    expect(await card('In sight, and in touch').locator('[data-visibility="public"]').textContent()).toBe(
      `Public (likes, comments, shares): ${publicCount} (${Math.round((publicCount / recent.length) * 100)}%)`,
    );
  });

  it('counts the people due as the toolbar badge does', async () => {
    const due = await card('Due').locator('[data-figure="due"]').textContent();
    const badge = await rapport.worker.evaluate(() => chrome.action.getBadgeText({}));
    expect(due).toBe(badge);
  });

  it('classifies with one key and moves to the next person', async () => {
    const triage = card('Classify quickly');
    await triage.getByText('2 people to classify').waitFor();
    await triage.getByRole('link', { name: 'Cem Dash', exact: true }).waitFor();
    await triage.getByRole('button', { name: /^Strategic/ }).focus();
    await dashboard.keyboard.press('b');
    await triage.getByRole('link', { name: 'Eli Dash', exact: true }).waitFor();
    const exported = await rapport.send<{ contacts: Array<{ id: string; kind?: string }> }>({ type: 'exportBackup' });
    expect(exported.value?.contacts.find((c) => c.id === 'in:cem-dash')?.kind).toBe('both');
  });

  it('keeps a skipped person out of the triage after a reload, until you go through the skipped again', async () => {
    const triage = card('Classify quickly');
    await triage.getByRole('link', { name: 'Eli Dash', exact: true }).waitFor();
    await triage.getByRole('button', { name: /^Skip/ }).focus();
    await dashboard.keyboard.press('n');
    await triage.getByText('Only the person you skipped is left to classify.').waitFor();
    await dashboard.reload();
    await card('Classify quickly').getByText('Only the person you skipped is left to classify.').waitFor();
    await card('Classify quickly').getByRole('button', { name: 'Go through the skipped people again' }).click();
    await card('Classify quickly').getByRole('link', { name: 'Eli Dash', exact: true }).waitFor();
  });

  it('keeps the outcome of an ask and whether you thanked them, after a reload', async () => {
    const asks = card('Asks');
    await asks.getByText('2 asks: 0 helped, 0 declined, 2 pending.', { exact: false }).waitFor();
    await asks.getByRole('combobox', { name: /Outcome of your ask to Ada Dash/ }).selectOption('helped');
    // The summary above the table grows when the outcome is saved: wait for it, so the next click lands where it aims.
    await asks.getByText('2 asks: 1 helped, 0 declined, 1 pending.', { exact: false }).waitFor();
    await asks.getByRole('checkbox', { name: /You thanked Ada Dash/ }).check();
    await asks.getByText('2 asks: 1 helped, 0 declined, 1 pending. You thanked 1 of the people who helped.').waitFor();
    await dashboard.reload();
    await card('Asks').getByText('2 asks: 1 helped, 0 declined, 1 pending. You thanked 1 of the people who helped.').waitFor();
  });

  it('finds who could help from your notes', async () => {
    const search = card('Who could help with…');
    await search.getByRole('searchbox').fill('climbing lyon');
    await search.getByRole('link', { name: 'Cem Dash', exact: true }).waitFor();
    // Ranked like a need's helpers, with why in words: the note quoted as text.
    expect(await search.getByText(/^your note: “Knows everyone in the Lyon climbing scene\.” · relationship/).count()).toBe(1);
  });

  it('spots a new headline on a visited profile and congratulates in one click', async () => {
    rapport.serve('/in/ada-dash/', profilePageV3({ slug: 'ada-dash', name: 'Ada Dash', headline: 'CTO at Acme' }));
    const { page } = await rapport.openLinkedIn('/in/ada-dash/');
    const roles = card('New roles');
    await dashboard.bringToFront();
    await roles.getByText('Their headline changed: “CTO at Acme” (was “Engineer at Acme”)').waitFor();
    await roles.getByRole('button', { name: 'Congratulate Ada Dash' }).click();
    await roles.getByText('No new roles spotted', { exact: false }).waitFor();
    const exported = await rapport.send<{ touchpoints: Array<{ contactId: string; type: string }>; contacts: Array<{ id: string; headline?: string }> }>({ type: 'exportBackup' });
    expect(exported.value?.touchpoints.filter((t) => t.contactId === 'in:ada-dash' && t.type === 'congrats')).toHaveLength(1);
    expect(exported.value?.contacts.find((c) => c.id === 'in:ada-dash')?.headline).toBe('CTO at Acme');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations (axe-core) in %s mode', async (colorScheme) => {
    await dashboard.emulateMedia({ colorScheme });
    await dashboard.reload();
    await card('Asks').getByRole('table').waitFor();
    await card('Touches per week').getByRole('img').waitFor();
    // Open the tables too, so they are checked.
    for (const summary of await dashboard.getByText('Show as a table').all()) await summary.click();
    const violations = await axeViolations(dashboard);
    expect(violations).toEqual([]);
  });
});
