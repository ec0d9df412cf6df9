import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageContext } from '@/lib/linkedin/types';
import { deliver, EXTENSION_ORIGIN, senders } from './background';

/**
 * A browser window with tabs, for pages that follow "the tab the user is
 * looking at". By default this page is a real side panel (not a tab);
 * `asTab` makes it a tab of the window, as when sidepanel.html is opened in one.
 */
export async function fakeWindow() {
  const window = await fakeBrowser.windows.create({ focused: true });
  const windowId = window!.id!;
  fakeBrowser.tabs.getCurrent = (async () => undefined) as typeof fakeBrowser.tabs.getCurrent;
  return {
    id: windowId,
    async open(url: string, { active = true, lastAccessed }: { active?: boolean; lastAccessed?: number } = {}): Promise<number> {
      const tab = await fakeBrowser.tabs.create({ url, active, windowId });
      if (lastAccessed !== undefined) await fakeBrowser.tabs.update(tab.id!, { lastAccessed } as never);
      return tab.id!;
    },
    /** This page is itself the tab `tabId` (sidepanel.html opened as a tab). */
    asTab(tabId: number) {
      fakeBrowser.tabs.getCurrent = (async () => fakeBrowser.tabs.get(tabId)) as typeof fakeBrowser.tabs.getCurrent;
    },
    async activate(tabId: number) {
      await fakeBrowser.tabs.update(tabId, { active: true });
    },
    /** The tab's URL changes (an SPA navigation, or leaving LinkedIn). */
    async navigate(tabId: number, url: string) {
      await fakeBrowser.tabs.update(tabId, { url });
    },
  };
}

export const rapportPage = (path: string) => `${EXTENSION_ORIGIN}${path}`;

export function profileContext(slug: string, name: string, headline: string | null = null, company: string | null = null, memberId?: string): PageContext {
  const url = `https://www.linkedin.com/in/${slug}/`;
  return { url, page: 'profile', profile: { slug, profileUrl: url, name, headline, location: null, company, avatarUrl: null, ...(memberId ? { memberId } : {}) }, posts: [], degraded: null };
}

/** The content script in `tabId` reports what its page shows. */
export async function report(tabId: number, context: PageContext) {
  const reply = await deliver({ type: 'pageContextChanged', context }, senders.contentScript(tabId));
  if (!(reply as { ok: boolean }).ok) throw new Error(`report refused: ${JSON.stringify(reply)}`);
}
