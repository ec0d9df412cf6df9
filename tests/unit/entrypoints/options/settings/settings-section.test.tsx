import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
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
  await screen.findByRole('heading', { name: 'Cadences and notifications' });
  return user;
}

const row = (name: string) => screen.getByRole('group', { name });
const dueAfter = (group: string) => within(row(group)).getByLabelText('Due after (days)', { exact: true });
const overdueAfter = (group: string) => within(row(group)).getByLabelText('Overdue after (days)');

describe('the settings section', () => {
  it('shows the stored settings: every circle’s cadence, the 24-7-30 steps, notifications and auto-capture', async () => {
    await renderSettings();
    expect(dueAfter('Inner')).toHaveProperty('value', '14');
    expect(overdueAfter('Inner')).toHaveProperty('value', '21');
    expect(dueAfter('Key')).toHaveProperty('value', '30');
    expect(overdueAfter('Wider')).toHaveProperty('value', '120');
    expect([dueAfter('First follow-up'), dueAfter('Second follow-up'), dueAfter('Third follow-up')].map((input) => (input as HTMLInputElement).value)).toEqual(['1', '7', '30']);
    expect(screen.getByLabelText('After the third follow-up, move them to')).toHaveProperty('value', 'key');
    expect(screen.getByLabelText('A daily digest of who is due a touchpoint')).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Digest time')).toHaveProperty('value', '09:00');
    const quiet = within(screen.getByRole('group', { name: 'Quiet days (no notifications)' }));
    expect(quiet.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked).map((box) => box.parentElement!.textContent)).toEqual(['Saturday', 'Sunday']);
    expect(screen.getByLabelText('Also nudge me once when someone becomes overdue')).toHaveProperty('checked', false);
    expect(screen.getByLabelText('Log my likes, comments and reposts of people already in Rapport')).toHaveProperty('checked', true);
    expect(screen.getByRole('button', { name: 'Save settings' })).toHaveProperty('disabled', true);
  });

  it('saves changes through the background, versioned in storage, and says so', async () => {
    const user = await renderSettings();
    await user.clear(dueAfter('Inner'));
    await user.type(dueAfter('Inner'), '10');
    await user.selectOptions(screen.getByLabelText('After the third follow-up, move them to'), 'wider');
    await user.click(screen.getByLabelText('Monday'));
    await user.click(screen.getByLabelText('Sunday'));
    await user.click(screen.getByLabelText('Also nudge me once when someone becomes overdue'));
    await user.click(screen.getByLabelText('Log my likes, comments and reposts of people already in Rapport'));
    // Message capture sits beside it: one-to-one by default, groups too when asked.
    expect(screen.getByLabelText('Log them for the other person of a one-to-one conversation, if in Rapport')).toHaveProperty('checked', true);
    await user.click(screen.getByLabelText('Also log group messages, for every participant in Rapport'));
    await user.clear(screen.getByLabelText('Digest time'));
    await user.type(screen.getByLabelText('Digest time'), '07:45');
    expect(screen.getByText('You have unsaved changes.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(await readSettings()).toEqual({
      cadences: { ...DEFAULT_SETTINGS.cadences, inner: { idealDays: 10, maxDays: 21 }, new: { ...DEFAULT_SETTINGS.cadences.new, graduateTo: 'wider' } },
      notifications: { digest: true, digestTime: '07:45', quietDays: [1, 6], individualNudges: true },
      autoCapture: false,
      toolbarOpens: 'popup',
      messageCapture: 'also-groups',
    });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
    expect(screen.getByRole('button', { name: 'Save settings' })).toHaveProperty('disabled', true);
  });

  it('recomputes due dates when a cadence changes', async () => {
    await addPerson(getDb(), person('jane-doe'), 'inner', contextAt('2026-11-02T09:00:00.000Z'));
    const user = await renderSettings();
    await user.clear(dueAfter('Inner'));
    await user.type(dueAfter('Inner'), '7');
    await user.keyboard('{Enter}'); // Enter in a field saves, as in any form
    await screen.findByText('Settings saved.');
    expect((await getDb().contacts.get('in:jane-doe'))?.dueAt).toBe('2026-11-09T09:00:00.000Z');
  });

  it.each([
    ['an empty box', 'Key', 'due', '', 'Enter a whole number of days from 1 to 3650.'],
    ['zero days', 'Wider', 'due', '0', 'Enter a whole number of days from 1 to 3650.'],
    ['a fraction', 'Key', 'overdue', '40.5', 'Enter a whole number of days from 1 to 3650.'],
    ['more than ten years', 'Inner', 'overdue', '4000', 'Enter a whole number of days from 1 to 3650.'],
    ['overdue before due', 'Inner', 'overdue', '7', 'Overdue must not come before due.'],
  ])('refuses %s with a message at the field, focuses it and saves nothing', async (_, group, which, value, message) => {
    const user = await renderSettings();
    const input = which === 'due' ? dueAfter(group) : overdueAfter(group);
    await user.clear(input);
    if (value) await user.type(input, value);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe('1 setting needs fixing before saving: see the message next to it.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(message);
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses follow-up steps out of order', async () => {
    const user = await renderSettings();
    await user.clear(dueAfter('Second follow-up'));
    await user.type(dueAfter('Second follow-up'), '45');
    await user.clear(overdueAfter('Second follow-up'));
    await user.type(overdueAfter('Second follow-up'), '50');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByRole('alert');
    expect(screen.getByText('Each follow-up must come after the previous one.')).toBeTruthy();
    expect(dueAfter('Second follow-up').getAttribute('aria-invalid')).toBe('true');
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('discards changes, and restores the defaults for saving', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoCapture: false, cadences: { ...DEFAULT_SETTINGS.cadences, key: { idealDays: 20, maxDays: 25 } } });
    const user = await renderSettings();
    await user.clear(dueAfter('Key'));
    await user.type(dueAfter('Key'), '3');
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(dueAfter('Key')).toHaveProperty('value', '20');
    await user.click(screen.getByRole('button', { name: 'Restore defaults' }));
    expect(dueAfter('Key')).toHaveProperty('value', '30');
    expect(screen.getByLabelText('Log my likes, comments and reposts of people already in Rapport')).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('disables the digest time while the digest is off', async () => {
    const user = await renderSettings();
    await user.click(screen.getByLabelText('A daily digest of who is due a touchpoint'));
    expect(screen.getByLabelText('Digest time')).toHaveProperty('disabled', true);
  });

  it('follows settings saved in another window unless it has edits of its own', async () => {
    const user = await renderSettings();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, cadences: { ...DEFAULT_SETTINGS.cadences, inner: { idealDays: 12, maxDays: 20 } } });
    await waitFor(() => expect(dueAfter('Inner')).toHaveProperty('value', '12'));
    await user.clear(dueAfter('Key'));
    await user.type(dueAfter('Key'), '25');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, cadences: { ...DEFAULT_SETTINGS.cadences, inner: { idealDays: 11, maxDays: 20 } } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dueAfter('Key')).toHaveProperty('value', '25');
    expect(dueAfter('Inner')).toHaveProperty('value', '12');
  });

  it('shows stored settings that were invalid healed: the invalid field at its default, the others as stored', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, autoCapture: false, notifications: { ...DEFAULT_SETTINGS.notifications, digestTime: '9 am' } } });
    await renderSettings();
    expect(screen.getByLabelText('Digest time')).toHaveProperty('value', '09:00');
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, autoCapture: false });
  });
});
