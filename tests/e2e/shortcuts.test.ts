import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';

let rapport: ExtensionHarness;
beforeAll(async () => {
  rapport = await launchExtension();
});
afterAll(async () => {
  await rapport?.close();
});

// Chromium silently drops a suggested key it keeps for itself (Alt+Shift+R, P, N): check every one was assigned.
it('assigns every keyboard shortcut Rapport suggests', async () => {
  const commands = await rapport.worker.evaluate(() => chrome.commands.getAll());
  expect(Object.fromEntries(commands.map((command) => [command.name, command.shortcut]))).toEqual({
    _execute_action: 'Alt+Shift+O',
    'log-message': 'Alt+Shift+L',
    'open-side-panel': 'Alt+Shift+S',
  });
});
