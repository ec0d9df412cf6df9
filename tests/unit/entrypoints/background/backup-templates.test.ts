import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { exportBackup } from '@/lib/db/repo/writes/backup';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { backupFileParts, sliceBackupText } from '@/lib/backup/backup-chunks';
import { sendBackup } from '@/entrypoints/options/backup/backup-transfer';
import { starterTemplatesItem } from '@/lib/storage/starter-templates-item';
import type { StarterTemplates } from '@/lib/starters/templates';
import { connectPagesToBackground, deliver } from '../../helpers/background';
import { contextAt, person } from '../../helpers/context';

/** The user's edited "words to start with" templates travel in the backup file and come back on import (issue 16). */

const T0 = '2026-03-02T09:00:00.000Z';
const EDITED: StarterTemplates = { thanks: 'Thank you so much, {firstName}!', newRole: 'Congrats on the new role, {firstName}.' };

/** Ada with one touchpoint, and the backup file's text as the options page writes it (with `templates` when given). */
async function backupText(templates?: StarterTemplates): Promise<string> {
  const db = getDb();
  await logTouchpoint(db, { person: person('ada-example', 'Ada Example'), circle: 'inner' }, { type: 'comment' }, contextAt(T0));
  const text = backupFileParts(await exportBackup(db, T0, templates)).join('');
  await Promise.all([db.contacts.clear(), db.touchpoints.clear(), db.touchDays.clear()]);
  return text;
}

/** What the options page does with a chosen file: cut it up, send it in slices, commit. */
async function importText(text: string) {
  connectPagesToBackground();
  const read = sliceBackupText(text, 300);
  if (!read.ok) throw new Error(read.notJson);
  return sendBackup({ ...read, slices: read.slices.length, slice: async (index: number) => read.slices[index]! });
}

describe('templates in backups', () => {
  it('round-trips the edited templates with the records: export → templates reset → import restores them', async () => {
    const text = await backupText(EDITED);
    expect(JSON.parse(text).templates).toEqual(EDITED);
    await starterTemplatesItem.setValue({});
    expect(await importText(text)).toMatchObject({ contactsAdded: 1, touchpointsAdded: 1 });
    expect(await starterTemplatesItem.getValue()).toEqual(EDITED);
    expect(await getDb().contacts.count()).toBe(1);
  });

  it('the background’s export carries the stored templates, and its import (one message) restores them', async () => {
    await starterTemplatesItem.setValue(EDITED);
    await logTouchpoint(getDb(), { person: person('ada-example', 'Ada Example') }, { type: 'like' }, contextAt(T0));
    const exported = await deliver({ type: 'exportBackup' });
    expect(exported).toMatchObject({ ok: true, value: { templates: EDITED } });
    await starterTemplatesItem.setValue({ birthday: 'Happy birthday!' });
    expect(await deliver({ type: 'importBackup', backup: (exported as { value: unknown }).value })).toMatchObject({ ok: true });
    expect(await starterTemplatesItem.getValue()).toEqual({ birthday: 'Happy birthday!', ...EDITED });
  });

  it('leaves templates out of the file when none was edited', async () => {
    expect(JSON.parse(await backupText({})).templates).toBeUndefined();
    expect(JSON.parse(await backupText(undefined)).templates).toBeUndefined();
  });

  it('imports an older file without templates and leaves the templates as they are', async () => {
    const text = await backupText();
    await starterTemplatesItem.setValue(EDITED);
    expect(await importText(text)).toMatchObject({ contactsAdded: 1 });
    expect(await starterTemplatesItem.getValue()).toEqual(EDITED);
  });

  it('replaces only the moments the file has; the others stay', async () => {
    const text = await backupText({ thanks: 'Thanks, {firstName}.' });
    await starterTemplatesItem.setValue({ thanks: 'Cheers', catchUp: 'Long time, {firstName}!' });
    await importText(text);
    expect(await starterTemplatesItem.getValue()).toEqual({ thanks: 'Thanks, {firstName}.', catchUp: 'Long time, {firstName}!' });
  });

  it.each([
    ['a template over 600 characters', { thanks: 'x'.repeat(601) }],
    ['an unknown moment', { wedding: 'Congratulations!' }],
    ['a template that is not text', { thanks: 42 }],
  ])('refuses a file with %s before any record, writing nothing', async (_case, templates) => {
    const file = JSON.parse(await backupText());
    const text = JSON.stringify({ ...file, templates });
    await starterTemplatesItem.setValue(EDITED);
    await expect(importText(text)).rejects.toThrow(/Nothing was imported/);
    expect(await getDb().contacts.count()).toBe(0);
    expect(await starterTemplatesItem.getValue()).toEqual(EDITED);
  });

  it('puts the templates back as they were when the records fail: all or nothing', async () => {
    const file = JSON.parse(await backupText(EDITED));
    // A touchpoint for someone neither in the file nor in Rapport: the records' transaction refuses.
    const text = JSON.stringify({ ...file, contacts: [] });
    await starterTemplatesItem.setValue({ birthday: 'Happy birthday!' });
    await expect(importText(text)).rejects.toThrow(/Nothing was imported|ada-example/);
    expect(await getDb().touchpoints.count()).toBe(0);
    expect(await starterTemplatesItem.getValue()).toEqual({ birthday: 'Happy birthday!' });
  });
});
