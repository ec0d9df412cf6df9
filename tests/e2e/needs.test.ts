import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launchExtension, type ExtensionHarness } from './harness';

/**
 * The three networks and your needs in Chromium, over an imported backup with
 * a designed network: strength is computed by the import from the touches
 * (docs/relationship-strength.md), so "want to help" is whoever the touches
 * make strong; "know how and when" whoever an ask tied to an open need was with.
 */

const DAY = 86_400_000;
const now = Date.now();
const iso = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();

const people = [
  // Strategic and strong: 3 touches in 90 days and messages both ways.
  { slug: 'ada-net', name: 'Ada Net', circle: 'inner', kind: 'strategic', headline: 'Founder' },
  { slug: 'bea-net', name: 'Bea Net', circle: 'inner', kind: 'both', headline: 'Investor' },
  // Relational and strong.
  { slug: 'cem-net', name: 'Cem Net', circle: 'key', kind: 'relational', headline: 'Designer' },
  // Knows about the open need (an ask tied to it).
  { slug: 'dan-net', name: 'Dan Net', circle: 'wider', headline: 'Sales lead' },
  { slug: 'eve-net', name: 'Eve Net', circle: 'key', kind: 'strategic', headline: 'CTO' },
  // Knows about a need already met only: not in "know how and when".
  { slug: 'fay-net', name: 'Fay Net', circle: 'wider', headline: 'Recruiter' },
  // Could help with the open need: the headline says logistics.
  { slug: 'gus-net', name: 'Gus Net', circle: 'wider', headline: 'Head of logistics at Freight Co' },
] as const;

const PILOT = 'need-pilot';
const HIRE = 'need-hire';
// [slug, type, days ago, extra]
const touches: Array<[string, string, number, Record<string, unknown>?]> = [
  ['ada-net', 'like', 2],
  ['ada-net', 'comment', 5],
  ['ada-net', 'message', 8, { direction: 'outgoing' }],
  ['ada-net', 'message', 7, { direction: 'incoming' }],
  ['bea-net', 'like', 10],
  ['cem-net', 'like', 3],
  ['cem-net', 'comment', 6],
  ['cem-net', 'message', 9, { direction: 'outgoing' }],
  ['cem-net', 'message', 8, { direction: 'incoming' }],
  ['dan-net', 'ask', 4, { note: 'Who runs logistics pilots?', needId: PILOT }],
  ['eve-net', 'message', 100, { direction: 'outgoing' }],
  ['fay-net', 'ask', 40, { needId: HIRE, outcome: 'helped' }],
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
      circle: p.circle,
      ...('kind' in p ? { kind: p.kind } : {}),
      tags: [],
      createdAt: iso(500),
      updatedAt: iso(500),
      circleSince: iso(500),
    })),
    touchpoints: touches.map(([slug, type, days, extra = {}], i) => ({
      id: `net-${i}`,
      contactId: `in:${slug}`,
      type,
      ...(extra.direction === 'incoming' ? {} : { focus: type === 'ask' ? 'ask' : 'give' }),
      at: iso(days),
      source: 'manual',
      ...extra,
    })),
    notes: [],
    needs: [
      { id: PILOT, text: 'Find a pilot customer in logistics', status: 'open', createdAt: iso(30), updatedAt: iso(30) },
      { id: HIRE, text: 'Hire a data lead', status: 'met', outcome: 'Hired Sam', createdAt: iso(60), updatedAt: iso(20), closedAt: iso(20) },
    ],
  };
}

let rapport: ExtensionHarness;
let dashboard: Page;

beforeAll(async () => {
  rapport = await launchExtension();
  const imported = await rapport.send({ type: 'importBackup', backup: backup() });
  expect(imported).toMatchObject({ ok: true, value: { needsImported: 2 } });
  dashboard = await rapport.openExtensionPage('dashboard.html');
});
afterAll(async () => {
  await rapport?.close();
});

const card = (name: string) => dashboard.getByRole('region', { name, exact: true });
const namesIn = async (network: string) =>
  (await card(network).getByRole('list', { name: `People in “${network}”` }).getByRole('link').allTextContents()).filter((text) => text.endsWith(' Net')).sort();

describe('the three networks and your needs in Chromium', () => {
  it('shows the designed network in each of the three networks', async () => {
    await card('In a position to help').getByText('3 people').waitFor();
    expect(await namesIn('In a position to help')).toEqual(['Ada Net', 'Bea Net', 'Eve Net']);
    await card('Want to help').getByText('2 people').waitFor();
    expect(await namesIn('Want to help')).toEqual(['Ada Net', 'Cem Net']);
    await card('Know how and when to help').getByText('1 person').waitFor();
    expect(await namesIn('Know how and when to help')).toEqual(['Dan Net']);
    await card('Your three networks').getByText('1 strategic and strong: in a position to help and wanting to.').waitFor();
    expect(await card('Your three networks').getByRole('list', { name: 'Gaps' }).count()).toBe(0);
    // A name opens the person view.
    const link = card('Want to help').getByRole('link', { name: 'Cem Net', exact: true });
    expect(await link.getAttribute('href')).toContain('people.html?person=in%3Acem-net');
  });

  it('a need with an ask tied to it shows who knows, and who could help with why', async () => {
    const needs = card('Your current needs');
    await needs.getByRole('button', { name: 'Who knows, who could help: Find a pilot customer in logistics' }).click();
    const knows = needs.getByRole('list', { name: 'Who knows about “Find a pilot customer in logistics”' });
    await knows.getByRole('link', { name: 'Dan Net', exact: true }).waitFor();
    const helpers = needs.getByRole('list', { name: 'Who could help with “Find a pilot customer in logistics”' });
    await helpers.getByRole('link', { name: 'Gus Net', exact: true }).waitFor();
    expect(await helpers.getByText(/^their headline: Head of logistics at Freight Co · relationship: /).count()).toBe(1);
    // Someone who already knows is not suggested again.
    expect(await helpers.getByRole('link', { name: 'Dan Net', exact: true }).count()).toBe(0);
  });

  it('logging an ask tied to the need makes the person one who knows, and the network follows', async () => {
    const needs = card('Your current needs');
    const helpers = needs.getByRole('list', { name: 'Who could help with “Find a pilot customer in logistics”' });
    await helpers.getByRole('button', { name: 'Ask Gus Net about “Find a pilot customer in logistics”' }).click();
    await helpers.getByLabel('What are you asking for?').fill('An intro to a logistics buyer');
    await helpers.getByRole('button', { name: 'Log an ask' }).click();
    await needs.getByRole('list', { name: 'Who knows about “Find a pilot customer in logistics”' }).getByRole('link', { name: 'Gus Net', exact: true }).waitFor();
    await card('Know how and when to help').getByText('2 people').waitFor();
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations (axe-core) in %s mode', async (colorScheme) => {
    await dashboard.emulateMedia({ colorScheme });
    await card('Your current needs').getByRole('heading', { name: 'Who could help' }).waitFor();
    expect(await axeViolations(dashboard)).toEqual([]);
  });
});
