import { onToolbarClickToggleSidebar, setToolbarOpens } from '@/lib/browser/side-panel';
import { readSettings, settingsItem } from '@/lib/storage/items';

/**
 * The toolbar button opens the popup or the side panel, as the settings say.
 * Applied at every worker start (the browser forgets `setPopup` on restart)
 * and whenever the settings change.
 */
export async function applyToolbarSetting(): Promise<void> {
  try {
    await setToolbarOpens((await readSettings()).toolbarOpens);
  } catch (error) {
    console.warn('[rapport] could not apply the toolbar setting:', error);
  }
}

export function registerToolbar(): void {
  onToolbarClickToggleSidebar();
  settingsItem.watch(() => void applyToolbarSetting());
  void applyToolbarSetting();
}
