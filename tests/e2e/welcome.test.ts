import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launchExtension, type ExtensionHarness } from './harness';

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
});
afterAll(async () => {
  await rapport?.close();
});

const welcomeUrl = () => `chrome-extension://${rapport.extensionId}/welcome.html`;

/** The tab the extension opened itself on install (a fresh profile: the install just happened). */
async function openedOnInstall(): Promise<Page> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const page = rapport.context.pages().find((candidate) => candidate.url() === welcomeUrl());
    if (page) return page;
    if (Date.now() > deadline) throw new Error(`No welcome tab; open: ${rapport.context.pages().map((p) => p.url()).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('installing Rapport', () => {
  it('opens the welcome page, with the steps to first value and the shortcuts Chromium has', async () => {
    const welcome = await openedOnInstall();
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Rapport' }).waitFor();
    const link = welcome.getByRole('link', { name: "Open LinkedIn's data download page" });
    expect(await link.getAttribute('href')).toBe('https://www.linkedin.com/mypreferences/d/download-my-data');
    const shortcuts = welcome.getByRole('table', { name: "Rapport's keyboard shortcuts" });
    await shortcuts.waitFor();
    expect(await shortcuts.textContent()).toContain('Alt+Shift+L');
    // Tomorrow's reminder to import the export is set.
    const reminder = await rapport.worker.evaluate(() => chrome.alarms.get('rapport-export-reminder'));
    expect(reminder?.scheduledTime).toBeGreaterThan(Date.now() + 23 * 3_600_000);
  });

  it.each(['light', 'dark'] as const)('the welcome page has no accessibility violations (axe-core) in %s mode', async (colorScheme) => {
    const page = await rapport.openExtensionPage('welcome.html');
    await page.emulateMedia({ colorScheme });
    await page.getByRole('table', { name: "Rapport's keyboard shortcuts" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
