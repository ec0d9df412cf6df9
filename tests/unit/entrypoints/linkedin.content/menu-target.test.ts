import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { menuTargetLink } from '@/entrypoints/linkedin.content/menu-target';
import { createTabMessageListener } from '@/entrypoints/linkedin.content/tab-messages';

/** Firefox's content-script `menus.getTargetElement`: the element it recorded for the context menu with this id. */
function firefoxMenus(elements: Record<number, Element>) {
  Object.assign(fakeBrowser, { menus: { getTargetElement: (id: number) => elements[id] ?? null } });
}

afterEach(() => {
  delete (fakeBrowser as { menus?: unknown }).menus;
  document.body.innerHTML = '';
});

describe('the profile link a Firefox context menu was opened on', () => {
  it('is read from the element Firefox recorded, with the name the link shows', () => {
    document.body.innerHTML = '<a href="/in/erika-musterfrau/?trk=x"><span aria-hidden="true">Erika Musterfrau</span><span class="visually-hidden">View Erika’s profile</span></a><a href="/feed/">Home</a>';
    firefoxMenus({ 42: document.querySelector('span')!, 43: document.querySelector('a[href="/feed/"]')! });
    expect(menuTargetLink(42)).toEqual({ profileUrl: 'https://www.linkedin.com/in/erika-musterfrau/', name: 'Erika Musterfrau' });
    expect(menuTargetLink(43)).toBeNull(); // not a profile link
    expect(menuTargetLink(7)).toBeNull(); // an id Firefox no longer knows
  });

  it('is nothing where the browser has no menus.getTargetElement (Chrome)', () => {
    document.body.innerHTML = '<a href="/in/erika-musterfrau/">Erika Musterfrau</a>';
    expect(menuTargetLink(42)).toBeNull();
  });

  it('answers the background’s getMenuTargetLink, and only the background', async () => {
    document.body.innerHTML = '<a href="/in/erika-musterfrau/">Erika Musterfrau</a>';
    firefoxMenus({ 42: document.querySelector('a')! });
    const listener = createTabMessageListener();
    const message = { type: 'getMenuTargetLink', targetElementId: 42 };
    expect(await listener(message, { id: fakeBrowser.runtime.id })).toEqual({ ok: true, value: { profileUrl: 'https://www.linkedin.com/in/erika-musterfrau/', name: 'Erika Musterfrau' } });
    expect(listener(message, { id: fakeBrowser.runtime.id, tab: { id: 3 } })).toBeUndefined();
  });
});
