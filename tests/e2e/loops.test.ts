import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHarness } from './harness';
import { profilePageV3 } from '../fixtures/linkedin/profile-top-card.v3';

/**
 * Open loops end to end in Chromium: a follow-up promised in the side panel
 * (next to Jane's profile) is due on its day, in the popup's Due section; Done
 * closes it and offers to log the touchpoint. "Its day" comes from a fake
 * clock in the popup's page (Playwright's `clock.setFixedTime`), the only
 * place that decides which loops are due today.
 */

const jane = { slug: 'jane-loop-e2e', name: 'Jane Loop', headline: 'Head of Data at Acme' };
const PROMISE = 'Send her the pricing deck';

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
  rapport.serve(`/in/${jane.slug}/`, profilePageV3(jane));
});
afterAll(async () => {
  await rapport?.close();
});

/** The popup as it looks at noon (UTC) on `day`. */
async function popupOn(day: string): Promise<Page> {
  const page = await rapport.context.newPage();
  await page.clock.setFixedTime(new Date(`${day}T12:00:00Z`));
  await page.goto(`chrome-extension://${rapport.extensionId}/popup.html`);
  await page.getByRole('heading', { level: 2, name: /^Due/ }).waitFor();
  return page;
}

describe('open loops in Chromium', () => {
  let dueDay = '';

  it('a follow-up added in the side panel is stored for the day chosen (tomorrow by default)', async () => {
    await rapport.openLinkedIn(`/in/${jane.slug}/`);
    const panel = await rapport.openExtensionPage('sidepanel.html');
    const person = panel.getByRole('article', { name: jane.name });
    await person.getByRole('button', { name: 'Add to Rapport' }).click();
    await person.getByRole('button', { name: 'Follow up…' }).click();
    await person.getByRole('textbox', { name: 'Follow up on' }).fill(PROMISE);
    dueDay = await person.getByLabel('On', { exact: true }).inputValue();
    expect(dueDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await person.getByRole('button', { name: 'Add follow-up' }).click();
    await person.getByText(PROMISE).waitFor();
    const backup = await rapport.send<{ loops: Array<{ contactId: string; text: string; dueDay: string }> }>({ type: 'exportBackup' });
    expect(backup.value?.loops).toEqual([expect.objectContaining({ contactId: `in:${jane.slug}`, text: PROMISE, dueDay })]);
    await panel.close();
  });

  it('is not in the popup’s Due section the day before, and is on its day', async () => {
    const dayBefore = new Date(Date.parse(`${dueDay}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const before = await popupOn(dayBefore);
    // The due list has rendered (its empty state or people); the follow-ups chunk has had its turn.
    await before.waitForTimeout(500);
    expect(await before.getByRole('heading', { name: 'Follow-ups due' }).count()).toBe(0);
    expect(await before.getByText(PROMISE).count()).toBe(0);
    await before.close();

    const onTheDay = await popupOn(dueDay);
    const section = onTheDay.getByRole('region', { name: 'Follow-ups due' });
    await section.waitFor();
    expect(await section.getByText(PROMISE).isVisible()).toBe(true);
    expect(await section.getByText(jane.name).isVisible()).toBe(true);
    expect(await section.getByText('today').isVisible()).toBe(true);
    await onTheDay.close();
  });

  it('Done closes it and logs the touchpoint the user picks, with the promise as its note', async () => {
    const popup = await popupOn(dueDay);
    const section = popup.getByRole('region', { name: 'Follow-ups due' });
    await section.getByRole('button', { name: `Done: ${PROMISE}` }).click();
    const offer = popup.getByRole('group', { name: `Log the follow-up with ${jane.name}` });
    await offer.waitFor();
    await offer.getByRole('button', { name: 'Message' }).click();
    await popup.getByText(`Logged: Message with ${jane.name}.`).waitFor();
    const backup = await rapport.send<{ loops: Array<{ doneAt?: string }>; touchpoints: Array<{ contactId: string; type: string; note?: string; source: string }> }>({ type: 'exportBackup' });
    expect(backup.value?.loops).toEqual([expect.objectContaining({ doneAt: expect.any(String) })]);
    expect(backup.value?.touchpoints).toEqual([expect.objectContaining({ contactId: `in:${jane.slug}`, type: 'message', note: PROMISE, source: 'manual' })]);
    await popup.close();
    // Gone from the due list once done.
    const later = await popupOn(dueDay);
    await later.waitForTimeout(500);
    expect(await later.getByText(PROMISE).count()).toBe(0);
    await later.close();
  });
});
