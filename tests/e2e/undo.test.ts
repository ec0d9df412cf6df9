import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import { profilePageV3 } from '../fixtures/linkedin/profile-top-card.v3';

/**
 * Undo takes back exactly one log (issue 20, item 5), in the built extension
 * in Chromium: after a first log in the popup and a note about the person,
 * Undo removes that touchpoint only; the person and the note stay.
 */

const jane = { slug: 'jane-doe-undo', name: 'Jane Doe', headline: 'Head of Data at Acme' };
const NOTE = 'Wants an intro to the Lyon data team.';

type Stored = { contacts: Array<{ id: string; name: string }>; touchpoints: Array<{ type: string }>; notes: Array<{ body: string }> };

let rapport: ExtensionHarness;

beforeAll(async () => {
  rapport = await launchExtension();
  rapport.serve(`/in/${jane.slug}/`, profilePageV3(jane));
});
afterAll(async () => {
  await rapport?.close();
});

describe('Undo in the popup', () => {
  it('after a first log and a note, takes back only that touchpoint: the person and the note remain', async () => {
    const { tabId } = await rapport.openLinkedIn(`/in/${jane.slug}/`);
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.getByRole('heading', { name: jane.name }).waitFor();
    await popup.getByRole('button', { name: /^Log another type for / }).click();
    await popup.getByRole('menuitem', { name: 'Like' }).click();
    await popup.getByText(`Logged a like with ${jane.name}, now in Rapport`).waitFor();

    // A note about Jane, saved as the side panel saves it (the same message, from an extension page).
    const saved = await rapport.send({ type: 'saveNote', note: { id: 'note-undo-e2e', contactId: `in:${jane.slug}`, body: NOTE, baseUpdatedAt: null } });
    expect(saved).toMatchObject({ ok: true });

    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByText('Undone.').waitFor();

    const stored = (await rapport.send<Stored>({ type: 'exportBackup' })).value!;
    expect(stored.contacts).toMatchObject([{ id: `in:${jane.slug}`, name: jane.name }]);
    expect(stored.notes.map((note) => note.body)).toEqual([NOTE]);
    expect(stored.touchpoints).toEqual([]);
    await popup.close();
  });
});
