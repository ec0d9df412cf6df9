import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import { exportZip, OWN } from '../fixtures/linkedin-export/synthetic-export';

/**
 * The first hour's habit loop in Chromium: import an export whose conversations
 * are months old, put those people in a circle, and Rapport has something to do
 * at once, spread as docs/nudges.md says (2 a day), with the badge showing it.
 */

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
});
afterAll(async () => {
  await rapport?.close();
});

const DAY = 86_400_000;
/** "2026-08-03 10:00:00 UTC", as LinkedIn's messages.csv writes dates. */
const exportDate = (daysAgo: number, minutes = 0) => new Date(Date.now() - daysAgo * DAY + minutes * 60_000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

// Five invented connections, each in a two-way conversation that went quiet about four months ago.
const PEOPLE = ['Iris Vale', 'Jon Ekberg', 'Kai Moreau', 'Lena Fiore', 'Milo Brandt'];
const slug = (name: string) => name.toLowerCase().replace(' ', '-');
const CONNECTIONS =
  ['First Name,Last Name,URL,Email Address,Company,Position,Connected On']
    .concat(PEOPLE.map((name) => `${name.split(' ')[0]},${name.split(' ')[1]},https://www.linkedin.com/in/${slug(name)},,,,12 Mar 2024`))
    .join('\n') + '\n';
const MESSAGES =
  ['CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT']
    .concat(
      PEOPLE.flatMap((name, index) => {
        const url = `https://www.linkedin.com/in/${slug(name)}`;
        const daysAgo = 125 - index;
        return [
          `conv-${index},,${name},${url},Robin Quill,${OWN},${exportDate(daysAgo)},,Catch up soon?,INBOX,No`,
          `conv-${index},,Robin Quill,${OWN},${name},${url},${exportDate(daysAgo, 30)},,Gladly,INBOX,No`,
        ];
      }),
    )
    .join('\r\n') + '\r\n';
const zip = { name: 'Basic_LinkedInDataExport.zip', mimeType: 'application/zip', buffer: Buffer.from(exportZip({ 'Connections.csv': CONNECTIONS, 'messages.csv': MESSAGES })) };

const badge = () => rapport.worker.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));

describe('circling people after an import', () => {
  it('makes them due at once, two today, with the badge and a sentence saying how the rest are spread', async () => {
    const options = await rapport.openExtensionPage('options.html');
    await options.getByLabel('Import LinkedIn data export').setInputFiles(zip);
    await options.getByText(/^Import finished: 5 people added/).waitFor();
    const step = options.getByRole('region', { name: 'Choose who to keep in touch with' });
    await step.getByLabel('Circle').selectOption({ value: 'key' });
    await step.getByRole('button', { name: 'Put all 5 in this circle' }).click();
    await step.getByText('In Key').first().waitFor();
    await expect.poll(async () => (await step.getByText('In Key').count())).toBe(5);

    // Last touched about four months ago, so past Key's 30 days: due now, but two a day, not five at once.
    await expect.poll(async () => (await badge()).text).toBe('2');
    expect((await badge()).title).toBe('Rapport: 2 people are due a touchpoint');
    await options.close();

    const popup = await rapport.openExtensionPage('popup.html');
    const due = popup.getByRole('region', { name: 'Due (2)' });
    await due.waitFor();
    // "Put all" circles them in one command, so the catch-up orders them as it documents: longest quiet first take today's places.
    expect(await due.locator('a[href*="people.html?person="]').allTextContents()).toEqual(['Iris Vale', 'Jon Ekberg']);
    await expect.poll(() => popup.getByTestId('catch-up-sentence').textContent()).toMatch(/^5 people haven't heard from you in over 12\d days; 2 a day until you catch up on .+\.$/);
    expect(await popup.getByText(/Nice work/).count()).toBe(0);
    await popup.close();
  });
});
