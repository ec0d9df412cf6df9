import { expect } from 'vitest';
import type { Page } from 'puppeteer-core';

/**
 * Rapport's UI on LinkedIn lives in CLOSED shadow roots, its texts drawn with
 * CSS generated content (entrypoints/linkedin.content/shadow-host.ts). Firefox
 * over WebDriver BiDi has no DevTools protocol to pierce them (the Chromium
 * suite's closed-shadow.ts), so these tests act as the user does: real mouse
 * input (BiDi pointer actions: trusted events) at positions worked out from
 * the host element, which is in the light DOM, and the layout its CSS fixes;
 * real keys (Tab, Enter) to move inside the root. What the UI did is read from
 * Rapport's database and background, never from inside the roots.
 *
 * Layout relied on (profile-log-button.ts, toast.ts):
 * - `<rapport-log-button>`: an inline-block chip: the status first (not
 *   clickable), then the main "Log a …" button, then the "▾" menu toggle, a
 *   fixed 28 px at the chip's right edge. The toggle opens a menu (right-aligned
 *   below the chip) with focus on its first item (one per TOUCHPOINT_TYPES);
 *   arrow keys move through it.
 * - `<rapport-toast>`: a fixed box 16 px from the viewport's bottom-left, 10 px
 *   padding: the message first, then Undo (when offered), then ×.
 */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The log button's host, scrolled into view, once it is laid out. */
async function logButtonBox(page: Page): Promise<Box> {
  const handle = await page.waitForFunction(
    () => {
      const host = document.querySelector('rapport-log-button');
      if (!host) return null;
      host.scrollIntoView({ block: 'center' });
      const { x, y, width, height } = host.getBoundingClientRect();
      return width > 0 && height > 0 ? { x, y, width, height } : null;
    },
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as Box;
}

/** A real click at (x, y), after checking the page has `tag`'s host there (nothing covers it). */
async function clickHostAt(page: Page, tag: string, x: number, y: number): Promise<void> {
  const there = await page.evaluate((px, py) => document.elementFromPoint(px, py)?.localName ?? null, x, y);
  expect(there, `what is at (${x}, ${y})`).toBe(tag);
  await page.mouse.click(x, y);
}

/** The log button's width as laid out (it changes with the status it draws, e.g. "Not in Rapport" → "Last touched today"). */
export const logButtonWidth = async (page: Page): Promise<number> => (await logButtonBox(page)).width;

/** The toggle's fixed width (profile-log-button.ts). */
const TOGGLE_PX = 28;

/** The user clicks the main "Log a …" button (logs the type it names: a message unless another was chosen). */
export async function clickLogButton(page: Page): Promise<void> {
  const box = await logButtonBox(page);
  await clickHostAt(page, 'rapport-log-button', box.x + box.width - TOGGLE_PX - 12, box.y + box.height / 2);
}

/** The user opens the button's menu ("▾") and picks the touchpoint type at `index` (of TOUCHPOINT_TYPES) with arrow keys and Enter. */
export async function chooseFromMenu(page: Page, index: number): Promise<void> {
  const box = await logButtonBox(page);
  await clickHostAt(page, 'rapport-log-button', box.x + box.width - 8, box.y + box.height / 2);
  // The menu opened below the chip: the host's box does not grow (the menu is positioned absolutely), but the page
  // sees the host under a point below the chip only once it is shown.
  await page.waitForFunction(
    (x, y) => document.elementFromPoint(x, y)?.localName === 'rapport-log-button',
    { timeout: 10_000 },
    box.x + box.width - 12,
    box.y + box.height + 12,
  );
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** Whether a toast is shown (its host is in the page and covers the bottom-left corner). */
export const toastShown = (page: Page): Promise<boolean> =>
  page.evaluate(() => !!document.querySelector('rapport-toast') && document.elementFromPoint(20, window.innerHeight - 20)?.localName === 'rapport-toast');

/** Marks the toast shown now (an expando on its host, in the page's world), so a later check can tell a new toast from it. */
export const markToast = (page: Page): Promise<void> =>
  page.evaluate(() => void ((document.querySelector('rapport-toast') as unknown as { seen?: boolean }).seen = true));

/** Whether the toast shown now is another one than the one marked (`markToast`): a confirmation that replaced it. */
export const toastReplaced = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const host = document.querySelector('rapport-toast') as unknown as { seen?: boolean } | null;
    return !!host && !host.seen;
  });

/**
 * The user presses the toast's Undo: a real click on the toast's message (not
 * a control: nothing happens, but focus navigation starts there), then Tab to
 * the next control, Undo, and Enter.
 */
export async function undoFromToast(page: Page): Promise<void> {
  await expect.poll(() => toastShown(page)).toBe(true);
  await clickHostAt(page, 'rapport-toast', 16 + 4, (await page.evaluate(() => window.innerHeight)) - 16 - 4);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}
