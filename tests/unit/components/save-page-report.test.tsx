import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ThisPage } from '@/components/this-page';
import { createTabMessageListener } from '@/entrypoints/linkedin.content/tab-messages';
import type { PageContext } from '@/lib/linkedin/types';
import { syntheticHtml } from '@/tests/unit/lib/linkedin/fixtures';
import { connectPagesToBackground } from '../helpers/background';

/**
 * "Save a page report" in the popup: offered only when the page is degraded;
 * it asks the tab's content script (its real listener, over this document)
 * for the page's skeleton and downloads it, with no name, URL or id of the page in it.
 */

const AIKO = 'https://www.linkedin.com/in/aiko-tanaka-3/';
const degraded: PageContext = { url: AIKO, page: 'profile', profile: null, posts: [], degraded: 'profile-name-not-found', address: { slug: 'aiko-tanaka-3', profileUrl: AIKO, name: null } };

let downloads: Array<{ name: string; blob: Blob }>;
let sent: unknown[];

beforeEach(() => {
  connectPagesToBackground();
  // The tab: the synthetic 2026 profile whose name cannot be read, answered by the content script's own listener.
  const page = new DOMParser().parseFromString(syntheticHtml('profile-unreadable.v4.html'), 'text/html');
  document.title = page.title;
  document.body.replaceChildren(...[...page.body.childNodes].map((node) => document.importNode(node, true)));
  const listener = createTabMessageListener();
  sent = [];
  fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown) => {
    sent.push({ tabId, message });
    return listener(message, { id: browser.runtime.id });
  }) as typeof fakeBrowser.tabs.sendMessage;
  downloads = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => vi.restoreAllMocks());

describe('Save a page report', () => {
  it('downloads the degraded page’s structure with none of its names, links or ids', async () => {
    const user = userEvent.setup();
    render(<ThisPage state={{ status: 'ready', tabId: 7, context: degraded }} />);
    const button = await screen.findByRole('button', { name: 'Save a page report' });
    await user.click(button);
    await screen.findByText('Page report saved to your downloads.');
    expect(sent).toEqual([{ tabId: 7, message: { type: 'getPageReport' } }]);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^rapport-page-report-\d{4}-\d{2}-\d{2}\.txt$/);
    const report = await downloads[0]!.blob.text();
    expect(report).toContain('componentkey="com.linkedin.sdui.profile.card.ref*Topcard"');
    expect(report).toContain('<div role="listitem">');
    for (const secret of ['Aiko', 'Tanaka', 'aiko-tanaka-3', 'ACoAA', 'Sam Lee', 'sam-lee-31', 'linkedin.com', 'vanityName', 'Connect']) expect(report).not.toContain(secret);
  });

  it('says so when the tab cannot answer', async () => {
    fakeBrowser.tabs.sendMessage = (async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as typeof fakeBrowser.tabs.sendMessage;
    const user = userEvent.setup();
    render(<ThisPage state={{ status: 'ready', tabId: 7, context: degraded }} />);
    await user.click(await screen.findByRole('button', { name: 'Save a page report' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not read this page for a report: /);
    expect(downloads).toEqual([]);
  });

  it('is not offered on a page Rapport reads', async () => {
    const readable: PageContext = { ...degraded, degraded: null, profile: { slug: 'aiko-tanaka-3', profileUrl: AIKO, name: 'Aiko Tanaka', headline: null, location: null, company: null, avatarUrl: null } };
    document.body.replaceChildren();
    render(<ThisPage state={{ status: 'ready', tabId: 7, context: readable }} />);
    await screen.findByRole('heading', { name: 'Aiko Tanaka' });
    expect(screen.queryByRole('button', { name: 'Save a page report' })).toBeNull();
  });
});
