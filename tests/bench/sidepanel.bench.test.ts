import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHarness } from '../e2e/harness';
import { profilePageV3, topCardV3, type TopCardPerson } from '../fixtures/linkedin/profile-top-card.v3';
import { median, record, round } from './metrics';
import { syntheticBackup } from './synthetic-backup';

/**
 * How fast the side panel follows the user (issue 6 target: the person shown
 * within 300 ms). Needs the content script's recognition (issue 3). Each
 * figure has a baseline from the same run: when the new page's report (or the
 * tab switch) reached the panel's page, so the ratio isolates the panel's own share.
 */

const RUNS = 11;
const people: TopCardPerson[] = [
  { slug: 'bench-jane-doe', name: 'Jane Doe', headline: 'Head of Data at Acme' },
  { slug: 'bench-sam-lee', name: 'Sam Lee', headline: 'Founder, Lyon' },
];
let rapport: ExtensionHarness;
let panel: Page;

beforeAll(async () => {
  rapport = await launchExtension();
  for (const person of people) rapport.serve(`/in/${person.slug}/`, profilePageV3(person));
  // A realistic database (10,000 contacts) and a history for both people.
  expect((await rapport.send({ type: 'importBackup', backup: syntheticBackup(10_000, 30_000) })).ok).toBe(true);
  for (const person of people) {
    for (let i = 0; i < 40; i++) {
      const at = new Date(Date.UTC(2026, 0, 1 + i)).toISOString();
      await rapport.send({ type: 'logTouchpoint', target: { person: { profileUrl: `https://www.linkedin.com/in/${person.slug}/`, name: person.name } }, touchpoint: { type: i % 10 ? 'comment' : 'ask', at } });
    }
    await rapport.send({ type: 'saveNote', note: { id: `note:${person.slug}`, contactId: `in:${person.slug}`, body: 'Notes '.repeat(200), baseUpdatedAt: null } });
  }
  panel = await rapport.openExtensionPage('sidepanel.html');
  // Instruments the panel: when each person's heading appears, when reports and tab switches reach the page.
  await panel.evaluate(() => {
    const now = () => performance.timeOrigin + performance.now();
    const w = window as unknown as { shown: Array<{ name: string; at: number }>; reported: Array<{ name: string; at: number }>; activated: number[] };
    w.shown = [];
    w.reported = [];
    w.activated = [];
    let last = '';
    new MutationObserver(() => {
      const name = document.querySelector('article h2')?.textContent ?? '';
      if (name && name !== last) w.shown.push({ name, at: now() });
      last = name;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    chrome.storage.onChanged.addListener((changes) => {
      for (const [key, change] of Object.entries(changes)) {
        const name = (change.newValue as { profile?: { name?: string } } | undefined)?.profile?.name;
        if (key.startsWith('tabContext:') && name) w.reported.push({ name, at: now() });
      }
    });
    chrome.tabs.onActivated.addListener(() => w.activated.push(now()));
  });
}, 600_000);
afterAll(async () => {
  await rapport?.close();
});

const shownAfter = (since: number, name: string) =>
  panel.waitForFunction(([t, n]) => (window as unknown as { shown: Array<{ name: string; at: number }> }).shown.some((s) => s.at >= t && s.name === n), [since, name] as const).then(() =>
    panel.evaluate(([t, n]) => (window as unknown as { shown: Array<{ name: string; at: number }> }).shown.find((s) => s.at >= t && s.name === n)!.at, [since, name] as const),
  );
const reportedAfter = (since: number, name: string) =>
  panel.evaluate(([t, n]) => (window as unknown as { reported: Array<{ name: string; at: number }> }).reported.find((s) => s.at >= t && s.name === n)?.at ?? Number.NaN, [since, name] as const);

it('side panel: SPA navigation (history.pushState) to the person shown', async () => {
  const { page } = await rapport.openLinkedIn(`/in/${people[0]!.slug}/`);
  await shownAfter(0, people[0]!.name);
  const totals: number[] = [];
  const reports: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const next = people[(run + 1) % 2]!;
    const start = await page.evaluate(
      ({ url, card }) => {
        const at = performance.timeOrigin + performance.now();
        history.pushState({}, '', url);
        const rendered = new DOMParser().parseFromString(card, 'text/html');
        document.querySelector('main')!.replaceChildren(...rendered.body.childNodes);
        return at;
      },
      { url: `/in/${next.slug}/`, card: topCardV3(next) },
    );
    const shown = await shownAfter(start, next.name);
    totals.push(shown - start);
    reports.push((await reportedAfter(start, next.name)) - start);
  }
  record({
    name: 'sidepanel.spaNavigation.toPersonShown',
    value: round(median(totals), 1),
    unit: 'ms',
    runs: RUNS,
    baseline: { name: 'pushState to the page’s report reaching the panel (recognition + background)', value: round(median(reports), 1) },
    target: '≤ 300 ms',
  });
  await page.close();
});

it('side panel: switching to a tab with another person', async () => {
  const tabs = [];
  for (const person of people) tabs.push((await rapport.openLinkedIn(`/in/${person.slug}/`)).page);
  const totals: number[] = [];
  const events: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const index = run % 2;
    const start = await panel.evaluate(() => performance.timeOrigin + performance.now());
    await tabs[index]!.bringToFront();
    const shown = await shownAfter(start, people[index]!.name);
    totals.push(shown - start);
    events.push((await panel.evaluate((t) => (window as unknown as { activated: number[] }).activated.find((at) => at >= t) ?? Number.NaN, start)) - start);
  }
  record({
    name: 'sidepanel.tabSwitch.toPersonShown',
    value: round(median(totals), 1),
    unit: 'ms',
    runs: RUNS,
    baseline: { name: 'bringToFront to tabs.onActivated in the panel', value: round(median(events), 1) },
    target: '≤ 300 ms',
  });
});
