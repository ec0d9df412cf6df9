import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageListener } from './messages';
import { registerTabContextCleanup } from './tab-contexts';
import { registerBadge } from './badge';
import { registerNudges } from './nudges';
import { registerCommands } from './commands';
import { createContextMenu, registerContextMenu } from './context-menu';
import { registerToolbar } from './toolbar';
import { recountTouchDaysIfNeeded } from './touch-days';
import { recomputeDueDatesAfterUpdate } from './catch-up';
import { registerOnboarding } from './onboarding';
import { refreshStrengthIfDue } from './strength';
import { registerSync } from './sync';

/** Wiring only: every listener is registered synchronously in the worker's first turn. */
export function main(): void {
  browser.runtime.onMessage.addListener(createMessageListener());
  registerTabContextCleanup();
  registerBadge();
  registerNudges();
  registerCommands();
  registerContextMenu();
  registerToolbar();
  registerOnboarding();
  registerSync();
  browser.runtime.onInstalled.addListener(() => void createContextMenu());
  browser.runtime.onStartup.addListener(() => void createContextMenu());
  browser.runtime.onInstalled.addListener(() => void recountTouchDaysIfNeeded({ always: true }));
  browser.runtime.onStartup.addListener(() => void recountTouchDaysIfNeeded());
  browser.runtime.onInstalled.addListener((details) => void recomputeDueDatesAfterUpdate(details).catch((error: unknown) => console.error('[rapport] could not recompute due dates', error)));
  // A trip across time zones without restarting the browser: noticed at the next alarm.
  browser.alarms.onAlarm.addListener(() => void recountTouchDaysIfNeeded());
  // Relationships cool as time passes: the people whose strength time has changed, at every alarm.
  browser.alarms.onAlarm.addListener(() => void refreshStrengthIfDue().catch((error: unknown) => console.error('[rapport] could not refresh relationship strength', error)));
}

export default defineBackground({ main });
