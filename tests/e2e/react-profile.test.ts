import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, waitForTabContext, type ExtensionHarness } from './harness';
import { injected } from './closed-shadow';

/**
 * The 2026 React profile (LinkedIn's flagship-web SDUI) in real Chromium:
 * synthetic pages (invented people, tests/fixtures/linkedin) served as
 * https://www.linkedin.com/in/…: the button logs the person the page is
 * about, a page that cannot be read still logs by its address, and an SPA
 * navigation never shows the previous person.
 */
const page = (name: string) => readFileSync(`tests/fixtures/linkedin/${name}`, 'utf8');
const MARINA = '/in/marina-costa-7f/';
const AIKO = '/in/aiko-tanaka-3/';

let rapport: ExtensionHarness;
type Backup = { contacts: Array<{ id: string; name: string; headline?: string; company?: string }>; touchpoints: Array<{ contactId: string; type: string; source: string }> };
const stored = async () => (await rapport.send<Backup>({ type: 'exportBackup' })).value!;

beforeAll(async () => {
  rapport = await launchExtension();
  rapport.serve(MARINA, page('profile.v4.html'));
  rapport.serve(AIKO, page('profile-unreadable.v4.html'));
});
afterAll(async () => {
  await rapport?.close();
});

describe('the 2026 React profile', () => {
  it('shows the button beside the name and logs the person the page is about (not the viewer, not the rails)', async () => {
    const { page: profile, tabId } = await rapport.openLinkedIn(MARINA);
    const button = injected(profile, 'rapport-log-button', 'button.log');
    const status = injected(profile, 'rapport-log-button', '.status'); // apart from the action, coloured, with an icon
    await expect.poll(() => status.textContent()).toMatch(/Not in Rapport$/);
    // Beside the name: right after the top card's name link.
    expect(await profile.evaluate(() => document.querySelector('rapport-log-button')?.previousElementSibling?.textContent)).toBe('Marina Costa');
    await button.click();
    await expect.poll(() => status.textContent()).toMatch(/Last touched today$/);
    const data = await stored();
    expect(data.contacts).toMatchObject([{ id: 'in:marina-costa-7f', name: 'Marina Costa', headline: 'Engenheira de dados na Acme Labs | Mentora', company: 'Acme Labs' }]);
    expect(data.touchpoints).toMatchObject([{ contactId: 'in:marina-costa-7f', type: 'message', source: 'manual' }]);
    const context = await waitForTabContext(rapport, tabId, (c) => c.profile !== null);
    expect(context.posts.map((p: any) => p.author?.name)).toEqual(['Marina Costa', 'Tomás Ribeiro', 'Helena Prado', 'Initech', 'Marina Costa']);
    await profile.close();
  });

  it('a profile whose name cannot be read still logs, by its address, with the name its title gives', async () => {
    const { page: profile, tabId } = await rapport.openLinkedIn(AIKO);
    const context = await waitForTabContext(rapport, tabId, (c) => c.address?.name === 'Aiko Tanaka');
    expect(context.profile).toBeNull();
    const button = injected(profile, 'rapport-log-button', 'button.log');
    const status = injected(profile, 'rapport-log-button', '.status'); // apart from the action, coloured, with an icon
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/Not in Rapport$/);
    // The floating chip says whom it logs for.
    expect(await injected(profile, 'rapport-log-button', '.who').textContent()).toBe('Aiko Tanaka');
    // It floats in the corner by a style sheet inside its closed root: the host the page sees carries no attribute
    // (no `by-address` class saying Rapport could not read the profile).
    const host = await profile.evaluate(() => {
      const element = document.querySelector('rapport-log-button')!;
      const box = element.getBoundingClientRect();
      return { attributes: element.getAttributeNames(), position: getComputedStyle(element).position, right: Math.round(innerWidth - box.right), bottom: Math.round(innerHeight - box.bottom) };
    });
    expect(host).toEqual({ attributes: [], position: 'fixed', right: 16, bottom: 16 });
    await button.click();
    await expect.poll(() => status.textContent()).toMatch(/Last touched today$/);
    const data = await stored();
    expect(data.contacts.find((c) => c.id === 'in:aiko-tanaka-3')).toMatchObject({ name: 'Aiko Tanaka' });
    expect(data.touchpoints.filter((t) => t.contactId === 'in:aiko-tanaka-3')).toMatchObject([{ type: 'message', source: 'manual' }]);
    await profile.close();
  });

  it('on a page it cannot read, the popup saves a page report with the structure and none of the page’s names, links or ids', async () => {
    const { page: profile, tabId } = await rapport.openLinkedIn(AIKO);
    await waitForTabContext(rapport, tabId, (c) => c.degraded === 'profile-name-not-found');
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
    const save = popup.getByRole('button', { name: 'Save a page report' });
    const [download] = await Promise.all([popup.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toMatch(/^rapport-page-report-\d{4}-\d{2}-\d{2}\.txt$/);
    const report = readFileSync((await download.path())!, 'utf8');
    await popup.getByRole('status').filter({ hasText: 'Page report saved to your downloads.' }).waitFor();
    // The structure: the 2026 top card's key shape, the rail's list items.
    expect(report).toContain('componentkey="com.linkedin.sdui.profile.card.ref*Topcard"');
    expect(report).toContain('<div role="listitem">');
    // Nothing of the page: names, slugs, member ids, URLs, labels (and not Rapport's own closed shadow root).
    for (const secret of ['Aiko', 'Tanaka', 'aiko-tanaka-3', 'ACoAA', 'Sam Lee', 'sam-lee-31', 'linkedin.com', 'https', 'vanityName', 'Connect', 'Log touchpoint']) {
      expect(report, secret).not.toContain(secret);
    }
    await popup.close();
    await profile.close();
  });

  it('SPA navigation between two React profiles shows and logs the second person, never the first', async () => {
    const { page: profile, tabId } = await rapport.openLinkedIn(MARINA);
    await waitForTabContext(rapport, tabId, (c) => c.profile?.slug === 'marina-costa-7f');
    await expect.poll(() => injected(profile, 'rapport-log-button', 'button.log').count()).toBe(1);
    // LinkedIn's router (main world): the URL changes first; the old card stays a moment, then the new one replaces it.
    await profile.evaluate(() => history.pushState({}, '', '/in/kenji-watanabe-9/'));
    const stale = await waitForTabContext(rapport, tabId, (c) => c.url === 'https://www.linkedin.com/in/kenji-watanabe-9/');
    expect(stale.profile).toBeNull();
    await profile.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.title = next.title;
      document.querySelector('main')!.replaceWith(document.adoptNode(next.querySelector('main')!));
    }, page('profile-second.v4.html'));
    const context = await waitForTabContext(rapport, tabId, (c) => c.profile !== null && c.url.endsWith('/in/kenji-watanabe-9/'));
    expect(context.profile).toMatchObject({ slug: 'kenji-watanabe-9', name: 'Kenji Watanabe', company: 'Initech' });
    const button = injected(profile, 'rapport-log-button', 'button.log');
    const status = injected(profile, 'rapport-log-button', '.status'); // apart from the action, coloured, with an icon
    await expect.poll(() => profile.evaluate(() => document.querySelector('rapport-log-button')?.previousElementSibling?.textContent)).toBe('Kenji Watanabe');
    await expect.poll(() => status.textContent()).toMatch(/Not in Rapport$/);
    await button.click();
    await expect.poll(() => status.textContent()).toMatch(/Last touched today$/);
    const kenji = (await stored()).touchpoints.filter((t) => t.contactId === 'in:kenji-watanabe-9');
    expect(kenji).toHaveLength(1);
    await profile.close();
  });
});
