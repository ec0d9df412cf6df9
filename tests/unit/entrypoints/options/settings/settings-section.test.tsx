import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsSection } from '@/entrypoints/options/settings/settings-section';
import { readSettings, settingsItem } from '@/lib/storage/items';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '@/lib/storage/settings';
import { getDb } from '@/lib/db/db';
import { addPerson } from '@/lib/db/repo/writes/contacts';
import { connectPagesToBackground } from '../../../helpers/background';
import { contextAt, person } from '../../../helpers/context';

beforeEach(() => {
  connectPagesToBackground();
});

async function renderSettings() {
  const user = userEvent.setup();
  render(<SettingsSection />);
  await screen.findByRole('heading', { name: 'How often to keep in touch' });
  return user;
}

// One compact table: each input is named by its row (the circle or the 24-7-30 step) and its column.
const dueAfter = (row: string) => screen.getByRole('spinbutton', { name: `${row} Due after (days)` }) as HTMLInputElement;
const overdueAfter = (row: string) => screen.getByRole('spinbutton', { name: `${row} Overdue after (days)` }) as HTMLInputElement;
const status = () => document.getElementById('settings-save-status')!.textContent;
const saved = () => screen.findByText('Settings saved.', undefined, { timeout: 3000 });

describe('the settings on the options page', () => {
  it('shows circles and cadences as one table, the 24-7-30 steps named by what they are for, then notifications and capture; no Save button', async () => {
    await renderSettings();
    const rows = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(rows).toEqual(['Inner', 'Key', 'Wider', 'Day 1: acknowledge', 'Day 7: a personal touch', 'Day 30: propose to meet']);
    expect([dueAfter('Inner').value, overdueAfter('Inner').value, dueAfter('Key').value, overdueAfter('Wider').value]).toEqual(['14', '21', '30', '120']);
    expect(screen.getByRole('columnheader', { name: 'New connections (24-7-30)' })).toBeTruthy();
    expect(screen.getByLabelText('After the third follow-up, move them to')).toHaveProperty('value', 'key');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['How often to keep in touch', 'Notifications', 'Automatic capture']);
    expect(screen.getByLabelText('A daily digest of who is due a touchpoint')).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Digest time')).toHaveProperty('value', '09:00');
    expect(screen.getByLabelText('Log my likes, comments and reposts of people already in Rapport')).toHaveProperty('checked', true);
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
    expect(status()).toBe('Changes are saved as you make them.');
  });

  it('saves a typed cadence by itself after a pause, says “Saved”, and renames the step by its new day', async () => {
    const user = await renderSettings();
    await user.clear(dueAfter('Day 7: a personal touch'));
    await user.type(dueAfter('Day 7: a personal touch'), '5');
    expect(status()).toBe('You have unsaved changes.');
    await saved();
    expect((await readSettings()).cadences.new.steps[1]).toEqual({ idealDays: 5, maxDays: 10 });
    expect(screen.getByRole('rowheader', { name: 'Day 5: a personal touch' })).toBeTruthy();
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });

  it('saves checkboxes, choices and days at once, every kind of setting', async () => {
    const user = await renderSettings();
    await user.selectOptions(screen.getByLabelText('After the third follow-up, move them to'), 'wider');
    await user.click(screen.getByLabelText('Monday'));
    await user.click(screen.getByLabelText('Sunday'));
    await user.click(screen.getByLabelText('Also nudge me once when someone becomes overdue'));
    await user.click(screen.getByLabelText('Log my likes, comments and reposts of people already in Rapport'));
    await user.click(screen.getByRole('radio', { name: 'The side panel: notes and history beside the page' }));
    // Message capture sits beside it: one-to-one by default, groups too when asked.
    expect(screen.getByLabelText('Log them for the other person of a one-to-one conversation, if in Rapport')).toHaveProperty('checked', true);
    await user.click(screen.getByLabelText('Also log group messages, for every participant in Rapport'));
    await user.clear(screen.getByLabelText('Digest time'));
    await user.type(screen.getByLabelText('Digest time'), '07:45');
    await saved();
    await waitFor(async () =>
      expect(await readSettings()).toEqual({
        cadences: { ...DEFAULT_SETTINGS.cadences, new: { ...DEFAULT_SETTINGS.cadences.new, graduateTo: 'wider' } },
        notifications: { digest: true, digestTime: '07:45', quietDays: [1, 6], individualNudges: true },
        autoCapture: false,
        toolbarOpens: 'sidePanel',
        messageCapture: 'also-groups',
      }),
    );
  });

  it('recomputes due dates when a cadence changes (Enter saves at once)', async () => {
    await addPerson(getDb(), person('jane-doe'), 'inner', contextAt('2026-11-02T09:00:00.000Z'));
    const user = await renderSettings();
    await user.clear(dueAfter('Inner'));
    await user.type(dueAfter('Inner'), '7{Enter}');
    await saved();
    expect((await getDb().contacts.get('in:jane-doe'))?.dueAt).toBe('2026-11-09T09:00:00.000Z');
  });

  it('saves a pending edit at once when the page is closed, without waiting for the pause', async () => {
    const user = await renderSettings();
    await user.clear(dueAfter('Key'));
    await user.type(dueAfter('Key'), '25');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await waitFor(async () => expect((await readSettings()).cadences.key.idealDays).toBe(25), { timeout: 300 });
  });

  it('saves a pending edit when the page unmounts (the options tab is closed)', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<SettingsSection />);
    await screen.findByRole('heading', { name: 'How often to keep in touch' });
    await user.clear(dueAfter('Wider'));
    await user.type(dueAfter('Wider'), '80');
    unmount();
    await waitFor(async () => expect((await readSettings()).cadences.wider.idealDays).toBe(80), { timeout: 300 });
  });

  it.each([
    ['an empty box', 'Key', 'due', '', 'Enter a whole number of days from 1 to 3650.'],
    ['zero days', 'Wider', 'due', '0', 'Enter a whole number of days from 1 to 3650.'],
    ['a fraction', 'Key', 'overdue', '40.5', 'Enter a whole number of days from 1 to 3650.'],
    ['more than ten years', 'Inner', 'overdue', '4000', 'Enter a whole number of days from 1 to 3650.'],
    ['overdue before due', 'Inner', 'overdue', '7', 'Overdue must not come before due.'],
  ])('refuses %s with a message at the field, saves nothing, and saves once it is fixed', async (_, row, which, value, message) => {
    const user = await renderSettings();
    const input = which === 'due' ? dueAfter(row) : overdueAfter(row);
    await user.clear(input);
    if (value) await user.type(input, value);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(message);
    expect((await screen.findByRole('alert')).textContent).toBe('1 setting needs fixing before saving: see the message next to it.');
    await user.keyboard('{Enter}');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await user.clear(input);
    await user.type(input, which === 'due' ? '3' : '200');
    await saved();
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(await readSettings()).not.toEqual(DEFAULT_SETTINGS);
  });

  it('refuses follow-up steps out of order', async () => {
    const user = await renderSettings();
    await user.clear(dueAfter('Day 7: a personal touch'));
    await user.type(dueAfter('Day 7: a personal touch'), '45');
    await user.clear(overdueAfter('Day 7: a personal touch'));
    await user.type(overdueAfter('Day 7: a personal touch'), '50');
    await screen.findByRole('alert');
    expect(screen.getByText('Each follow-up must come after the previous one.')).toBeTruthy();
    expect(dueAfter('Day 7: a personal touch').getAttribute('aria-invalid')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('restores the defaults, and saves them', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoCapture: false, cadences: { ...DEFAULT_SETTINGS.cadences, key: { idealDays: 20, maxDays: 25 } } });
    const user = await renderSettings();
    expect(dueAfter('Key').value).toBe('20');
    await user.click(screen.getByRole('button', { name: 'Restore defaults' }));
    expect(dueAfter('Key').value).toBe('30');
    await saved();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(screen.getByRole('button', { name: 'Restore defaults' })).toHaveProperty('disabled', true);
  });

  it('disables the digest time while the digest is off', async () => {
    const user = await renderSettings();
    await user.click(screen.getByLabelText('A daily digest of who is due a touchpoint'));
    expect(screen.getByLabelText('Digest time')).toHaveProperty('disabled', true);
  });

  it('follows settings saved in another window, but never over an edit of its own that is not stored yet', async () => {
    const user = await renderSettings();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, cadences: { ...DEFAULT_SETTINGS.cadences, inner: { idealDays: 12, maxDays: 20 } } });
    await waitFor(() => expect(dueAfter('Inner').value).toBe('12'));
    await user.clear(dueAfter('Key'));
    await user.type(dueAfter('Key'), '0'); // invalid: kept in the box, not stored
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, cadences: { ...DEFAULT_SETTINGS.cadences, inner: { idealDays: 11, maxDays: 20 } } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dueAfter('Key').value).toBe('0');
    expect(dueAfter('Inner').value).toBe('12');
  });

  it('shows stored settings that were invalid healed: the invalid field at its default, the others as stored', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, autoCapture: false, notifications: { ...DEFAULT_SETTINGS.notifications, digestTime: '9 am' } } });
    await renderSettings();
    expect(screen.getByLabelText('Digest time')).toHaveProperty('value', '09:00');
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, autoCapture: false });
  });
});
