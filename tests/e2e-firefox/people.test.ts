import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyInput, Page } from 'puppeteer-core';
import { controlLabelled, find, launchFirefox, type FirefoxHarness } from './harness';

/**
 * The People page and Rapport's person view in Firefox (issue 21): opened as
 * extension pages through the harness's `--remote-allow-system-access` route
 * (README.md), reading the IndexedDB the background page wrote. Everyone
 * imported is listed, the filters narrow the table, several people are put in
 * a circle with the keyboard only (arrows, Space, Shift, the select's
 * type-ahead, Tab, Enter), and a person view opens from the table with notes.
 */

const DAY = 86_400_000;
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();
const IMPORTED = 10;
const TOTAL = IMPORTED + 2;

function contact(slug: string, name: string, circle: string, fields: Record<string, unknown> = {}) {
  return { id: `in:${slug}`, profileUrl: `https://www.linkedin.com/in/${slug}/`, name, circle, tags: [], createdAt: iso(200), updatedAt: iso(200), circleSince: iso(200), ...fields };
}

let rapport: FirefoxHarness;
type Backup = { contacts: Array<{ id: string; name: string; circle: string }> };
const circles = async () => Object.fromEntries((await rapport.send<Backup>({ type: 'exportBackup' })).value!.contacts.map((c) => [c.id, c.circle]));

beforeAll(async () => {
  rapport = await launchFirefox();
  // Ten imported people, untracked, half at Acme; one Wider colleague; one Inner friend with a touch and a note.
  const imported = Array.from({ length: IMPORTED }, (_, i) => contact(`imported-${i}`, `Imported Person ${i}`, 'untracked', { company: i % 2 ? 'Acme' : 'Globex', connectedAt: iso(300) }));
  const reply = await rapport.send({
    type: 'importBackup',
    backup: {
      format: 'rapport-backup',
      version: 1,
      exportedAt: iso(0),
      contacts: [...imported, contact('max-colleague', 'Max Colleague', 'wider', { company: 'Acme' }), contact('zoe-friend', 'Zoë Friend', 'inner', { kind: 'relational', headline: 'Designer in Lyon' })],
      touchpoints: [{ id: 'ff-zoe', contactId: 'in:zoe-friend', type: 'call', focus: 'give', at: iso(60), source: 'manual' }],
      notes: [{ id: 'ff-n1', contactId: 'in:zoe-friend', body: 'Promised to send her the typography book.', createdAt: iso(60), updatedAt: iso(60) }],
    },
  });
  expect(reply).toMatchObject({ ok: true, value: { contactsAdded: TOTAL } });
});
afterAll(async () => {
  await rapport?.close();
});

/** Focuses the table (as Tab would) and presses `keys` in turn. */
async function inGrid(page: Page, ...keys: string[]) {
  await (await page.waitForSelector('[role="grid"]'))!.focus();
  for (const key of keys) {
    const [modifier, main] = key.length > 1 && key.includes('+') ? key.split('+') : [null, key];
    if (modifier) await page.keyboard.down(modifier as KeyInput);
    await page.keyboard.press(main as KeyInput);
    if (modifier) await page.keyboard.up(modifier as KeyInput);
  }
}

describe('the People page in Firefox', () => {
  it('lists everyone imported, and the search and circle filters narrow the table', async () => {
    const page = await rapport.openExtensionPage('people.html');
    await find(page, 'h2', `${TOTAL} people`);
    await find(page, '[role="row"]', /Zoë Friend/);
    // Search by company, typed as the user types.
    await (await controlLabelled(page, 'Search')).type('Acme');
    await find(page, 'h2', `Showing ${IMPORTED / 2 + 1} of ${TOTAL}`);
    const names = () => page.evaluate(() => [...document.querySelectorAll('[role="grid"] .people-body [role="row"] .cell-name a')].map((a) => a.textContent));
    expect(await names()).toContain('Max Colleague');
    expect(await names()).not.toContain('Zoë Friend');
    // Plus the circle: only the untracked ones at Acme.
    await page.select(`#${await (await controlLabelled(page, 'Circle')).evaluate((select) => select.id)}`, 'untracked');
    await find(page, 'h2', `Showing ${IMPORTED / 2} of ${TOTAL}`);
    expect(await names()).not.toContain('Max Colleague');
    await page.close();
  });

  it('puts several people in a circle with the keyboard only: arrows, Space, Shift+arrow, the select’s type-ahead, Tab, Enter', async () => {
    const before = await circles();
    const page = await rapport.openExtensionPage('people.html');
    await find(page, 'h2', `${TOTAL} people`);
    await page.select(`#${await (await controlLabelled(page, 'Circle')).evaluate((select) => select.id)}`, 'untracked');
    await find(page, 'h2', `Showing ${IMPORTED} of ${TOTAL}`);
    await inGrid(page, 'ArrowDown', ' ', 'Shift+ArrowDown', 'Shift+ArrowDown'); // ' ' is Space in puppeteer's BiDi keyboard
    await find(page, 'h2', '3 selected');
    const chosen = await page.evaluate(() => [...document.querySelectorAll('[role="row"][aria-selected="true"]')].map((row) => row.querySelector('.cell-name a')?.textContent));
    expect(chosen).toHaveLength(3);
    // The bulk circle picker, reached and set from the keyboard: "k" picks Key, Tab reaches Apply, Enter applies.
    const picker = await controlLabelled(page, 'Put in circle');
    await picker.focus();
    await page.keyboard.press('k');
    await expect.poll(() => picker.evaluate((select) => select.value)).toBe('key');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Apply');
    await page.keyboard.press('Enter');
    await find(page, '*', 'Put 3 people in Key.');
    // Written by the background page: exactly those three moved, nobody else.
    const after = await circles();
    const moved = Object.keys(after).filter((id) => after[id] !== before[id]);
    expect(moved).toHaveLength(3);
    expect(moved.map((id) => after[id])).toEqual(['key', 'key', 'key']);
    expect((await rapport.send<Backup>({ type: 'exportBackup' })).value!.contacts.filter((c) => moved.includes(c.id)).map((c) => c.name).sort()).toEqual([...chosen].sort());
    // The filtered table follows the write: the three are no longer untracked.
    await find(page, 'h2', `Showing ${IMPORTED - 3} of ${TOTAL}`);
    await page.close();
  });
});

describe('the person view in Firefox', () => {
  it('opens from the table with Enter, with the notes, the timeline and a link out to LinkedIn; ← All people goes back', async () => {
    const page = await rapport.openExtensionPage('people.html');
    await find(page, 'h2', `${TOTAL} people`);
    await (await controlLabelled(page, 'Search')).type('Zoë');
    await find(page, 'h2', `Showing 1 of ${TOTAL}`);
    await inGrid(page, 'Enter');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?person=in%3Azoe-friend');
    // The name heads the view and links out to LinkedIn.
    const heading = await find(page, 'article h2', 'Zoë Friend');
    expect(await heading.$eval('a', (a) => a.getAttribute('href'))).toBe('https://www.linkedin.com/in/zoe-friend/');
    // The note, in its editor (a textarea: the text is its value).
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('article textarea')].map((area) => (area as HTMLTextAreaElement).value))).toContain('Promised to send her the typography book.');
    // The timeline lists the call.
    await find(page, 'article .timeline li', /call/i);
    await (await find(page, 'a', '← All people')).click();
    await find(page, 'h2', /people|Showing/);
    await page.close();
  });
});
