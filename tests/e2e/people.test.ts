import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launchExtension, type ExtensionHarness } from './harness';

/**
 * The People page in the built extension: everyone in one table, a bulk
 * circle change of 1,000 people in one action with the badge following, the
 * person view opened from a name in the popup's due list (with its notes),
 * keyboard selection, and axe-core in light and dark at 320 and 1280 px.
 */

const DAY = 86_400_000;
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();
const BULK = 1000;

function contact(slug: string, name: string, circle: string, fields: Record<string, unknown> = {}) {
  return { id: `in:${slug}`, profileUrl: `https://www.linkedin.com/in/${slug}/`, name, circle, tags: [], createdAt: iso(200), updatedAt: iso(200), circleSince: iso(200), ...fields };
}

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
  // 1,000 imported people, untracked, each last messaged 120 days ago; and one overdue friend with a note.
  const imported = Array.from({ length: BULK }, (_, i) => contact(`imported-${String(i).padStart(4, '0')}`, `Imported Person ${i}`, 'untracked', { company: i % 2 ? 'Acme' : 'Globex', connectedAt: iso(300) }));
  const reply = await rapport.send({
    type: 'importBackup',
    backup: {
      format: 'rapport-backup',
      version: 1,
      exportedAt: iso(0),
      contacts: [...imported, contact('zoe-friend', 'Zoë Friend', 'inner', { kind: 'relational', headline: 'Designer in Lyon' })],
      touchpoints: [
        ...imported.map((person, i) => ({ id: `e2e-t${i}`, contactId: person.id, type: 'message', focus: 'give', at: iso(120), source: 'import' })),
        { id: 'e2e-zoe', contactId: 'in:zoe-friend', type: 'call', focus: 'give', at: iso(60), source: 'manual' },
      ],
      notes: [{ id: 'e2e-n1', contactId: 'in:zoe-friend', body: 'Promised to send her the typography book.', createdAt: iso(60), updatedAt: iso(60) }],
    },
  });
  expect(reply).toMatchObject({ ok: true, value: { contactsAdded: BULK + 1 } });
});
afterAll(async () => {
  await rapport?.close();
});

const badgeText = () => rapport.worker.evaluate(() => chrome.action.getBadgeText({}));

async function openPeople(path = 'people.html', viewport = { width: 1280, height: 900 }, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await rapport.context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${rapport.extensionId}/${path}`);
  return page;
}

describe('the People page', () => {
  it('puts 1,000 people in a circle in one action, and the badge shows who that makes due', async () => {
    const badgeBefore = await badgeText();
    const page = await openPeople();
    await page.getByRole('heading', { name: `${(BULK + 1).toLocaleString('en')} people` }).waitFor();
    // Only the rows on screen are in the page: the table is windowed.
    expect(await page.getByRole('row').count()).toBeLessThan(60);

    await page.getByLabel('Circle', { exact: true }).selectOption('untracked');
    await page.getByRole('heading', { name: `Showing ${BULK.toLocaleString('en')} of ${(BULK + 1).toLocaleString('en')}` }).waitFor();
    await page.getByRole('checkbox', { name: 'Select everyone shown' }).check();
    const bulk = page.getByRole('region', { name: `${BULK.toLocaleString('en')} selected` });
    await bulk.getByLabel('Put in circle').selectOption('key');
    const started = Date.now();
    await bulk.getByRole('button', { name: 'Apply' }).first().click();
    await bulk.getByText(`Put ${BULK.toLocaleString('en')} people in Key.`).waitFor();
    const tookMs = Date.now() - started;

    // Quiet for 120 days in a 30-day circle: due at once, spread over the catch-up; the badge counts today's.
    await expect.poll(badgeText, { timeout: 10_000 }).not.toBe(badgeBefore);
    expect(Number((await badgeText()).replace('+', ''))).toBeGreaterThan(0);
    // The table follows the write: nobody is left untracked.
    await page.getByText('Nobody matches these filters.').waitFor();
    expect(tookMs).toBeLessThan(10_000);
    await page.close();
  });

  it('selects with the keyboard: arrows move, Space selects, Shift+arrow selects a range, Enter opens the person', async () => {
    const page = await openPeople();
    const grid = page.getByRole('grid');
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await grid.locator('[role=row][aria-selected=true]').count()).toBe(3);
    await page.getByRole('region', { name: '3 selected' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: '← All people', exact: true }).waitFor();
    expect(page.url()).toContain('?person=in%3A');
    await page.getByRole('link', { name: '← All people', exact: true }).click();
    // Back at the same table, the selection kept.
    await page.getByRole('region', { name: '3 selected' }).waitFor();
    await page.close();
  });
});

describe('the person view', () => {
  it('opens from a name in the popup’s due list, with notes, and links out to LinkedIn', async () => {
    const popup = await openPeople('popup.html', { width: 400, height: 600 });
    const name = popup.getByRole('link', { name: 'Zoë Friend', exact: true });
    await name.waitFor();
    const [view] = await Promise.all([rapport.context.waitForEvent('page'), name.click()]);
    await view.waitForLoadState();
    expect(view.url()).toBe(`chrome-extension://${rapport.extensionId}/people.html?person=in%3Azoe-friend`);
    const person = view.getByRole('article', { name: 'Zoë Friend' });
    await person.getByText('Promised to send her the typography book.').waitFor();
    await person.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first().waitFor();
    expect(await person.getByRole('link', { name: 'Zoë Friend', exact: true }).getAttribute('href')).toBe('https://www.linkedin.com/in/zoe-friend/');
    await view.close();
    await popup.close();
  });
});

describe.each(['light', 'dark'] as const)('no accessibility violations (axe-core) in %s mode', (colorScheme) => {
  it.each([320, 1280])('on the People page at %i px, with people selected', async (width) => {
    const page = await openPeople('people.html', { width, height: 800 }, colorScheme);
    await page.getByRole('grid').waitFor();
    await page.getByRole('checkbox', { name: 'Select everyone shown' }).check();
    await page.getByRole('region', { name: /selected/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each([320, 1280])('on a person view at %i px', async (width) => {
    const page = await openPeople('people.html?person=in%3Azoe-friend', { width, height: 800 }, colorScheme);
    await page.getByText('Promised to send her the typography book.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
