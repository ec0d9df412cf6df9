import { z } from 'zod/mini';
import { defineFeature } from '@/lib/features/define-feature';
import { isProfileMain } from '@/lib/linkedin/page-detect';
import { findProfileNameHeading } from '@/lib/linkedin/parse-profile';
import { recognizePerson } from '@/lib/linkedin/recognize-page';
import { profileAddress } from '@/lib/linkedin/profile-address';
import { personFromAddress, personFromProfile } from '@/lib/contacts/person-ref';
import { touchStatusLabel, touchpointTypeLabel } from '@/lib/contacts/labels';
import { TOUCHPOINT_TYPES } from '@/lib/model/enums';
import type { TouchpointType } from '@/lib/model/schema';
import type { PersonRef } from '@/lib/model/commands';
import { t } from '@/lib/i18n';
import { ask, ContactStatus, PageLogResult, type ContactStatus as Status } from '../ask-background';
import { isUserGesture } from '@/lib/capture/user-gesture';
import { createShadowHost, el, setUnsearchableText } from '../shadow-host';
import { showToast } from '../toast';

const CSS = `
:host { display: inline-block; vertical-align: middle; margin: 4px 0 4px 8px; }
.chip { position: relative; display: inline-flex; align-items: center; gap: 4px; }
.log .status { color: #4b5563; margin-left: 4px; }
.menu { position: absolute; top: calc(100% + 4px); left: 0; z-index: 2147483646; display: flex; flex-direction: column; gap: 2px;
  padding: 6px; border: 1px solid #d1d5db; border-radius: 8px; background: #fff; box-shadow: 0 4px 16px rgb(0 0 0 / 0.15); }
.menu[hidden] { display: none; }
.menu button { border-radius: 6px; text-align: left; }
@media (prefers-color-scheme: dark) { .log .status { color: #9ca3af; } .menu { background: #1c2127; border-color: #374151; } }
.who { font-weight: 600; margin-right: 6px; }
`;

/**
 * Logging by address (the page could not be read): a chip in the corner, saying whom it logs for. A style
 * sheet of its own inside the closed root, never a class or attribute on the host: the page reads the host's
 * attributes, and "Rapport could not read this profile" is Rapport's to know.
 */
const BY_ADDRESS_CSS = `
:host { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; margin: 0; }
.menu { top: auto; bottom: calc(100% + 4px); }
`;

/** How long header re-renders are batched before the button is put back. */
const SETTLE_MS = 100;
/** How long the page may take to show the person's name before the button logs by the address instead. */
export const ADDRESS_FALLBACK_MS = 3000;

/**
 * "Log touchpoint" next to the person's name on their profile, in a closed
 * shadow root (page scripts can neither read its status nor click it): it says where the relationship stands ("Last touched 23 days ago ·
 * due", "Not in Rapport") and logs a message in one click, or another type
 * from its small menu. It comes back when LinkedIn re-renders the header and
 * follows SPA navigation (a new init per navigation). When the page shows
 * no name it can tie to the address in time, the button still logs for the
 * person at the address (`/in/<slug>/`), floating in the corner with the name
 * the title gives (or the slug).
 */
export default defineFeature({
  id: 'profile-log-button',
  include: [isProfileMain],
  init({ url, document, script }, signal) {
    let host: HTMLElement | null = null;
    let person: PersonRef | null = null;
    let contact: Status | null = null;
    let statusText: HTMLElement | null = null;
    /** The person comes from the address only (the page could not be read): the button floats and names them. */
    let byAddress = false;
    let addressTime = false;

    const render = () => {
      // Drawn, not DOM text: the page cannot find-in-page who is in Rapport (shadow-host.ts).
      if (statusText) setUnsearchableText(statusText, ` · ${touchStatusLabel(contact)}`);
    };

    /** Whether the person's status in Rapport is known. */
    async function refresh(): Promise<boolean> {
      if (!person) return false;
      try {
        contact = await ask({ type: 'getContactStatus', profileUrl: person.profileUrl }, z.nullable(ContactStatus));
        render();
        return true;
      } catch {
        // Rapport is reloading: the label keeps what it last knew.
        return false;
      }
    }

    async function log(type: TouchpointType) {
      if (!person) return;
      // A placeholder name (by address) must never replace the name of someone already in Rapport: look them up first.
      if (byAddress && !contact && !(await refresh())) {
        showToast(t('logFailed', t('addressLookupFailed')));
        return;
      }
      try {
        const result = await ask({ type: 'logFromPage', person, touchpointType: type }, PageLogResult);
        contact = result.contact;
        render();
        const { touchpointId } = result;
        showToast(
          t('logged', touchpointTypeLabel(type), result.contact.name),
          touchpointId === null
            ? undefined
            : async () => {
                const undone = await ask({ type: 'undoTouchpoint', id: touchpointId }, z.null()).then(
                  () => true,
                  () => false,
                );
                await refresh();
                if (undone) showToast(t('undone')); // the same confirmation as an undo from the popup's log
              },
        );
      } catch (error) {
        showToast(t('logFailed', error instanceof Error ? error.message : String(error)));
      }
    }

    function build(): HTMLElement {
      const { host: created, root } = createShadowHost('rapport-log-button', byAddress ? CSS + BY_ADDRESS_CSS : CSS);
      statusText = el('span', { class: 'status' });
      const main = el('button', { type: 'button', class: 'log' }, t('logTouchpoint'), statusText);
      const menu = el('div', { class: 'menu', role: 'group', 'aria-label': t('chooseTouchpointType'), hidden: '' });
      const toggle = el('button', { type: 'button', 'aria-label': t('chooseTouchpointType'), 'aria-expanded': 'false' }, '▾');
      const setOpen = (open: boolean) => {
        menu.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
      };
      for (const type of TOUCHPOINT_TYPES) {
        const item = el('button', { type: 'button' }, touchpointTypeLabel(type));
        item.addEventListener('click', (event) => {
          if (!isUserGesture(event)) return;
          setOpen(false);
          toggle.focus();
          void log(type);
        });
        menu.append(item);
      }
      // Only the user's own clicks and keys act: a page script never logs or adds anyone.
      main.addEventListener('click', (event) => {
        if (isUserGesture(event)) void log('message');
      });
      toggle.addEventListener('click', (event) => {
        if (isUserGesture(event)) setOpen(menu.hidden);
      });
      root.addEventListener('keydown', (event) => {
        if (isUserGesture(event) && (event as KeyboardEvent).key === 'Escape' && !menu.hidden) {
          setOpen(false);
          toggle.focus();
        }
      });
      const who = byAddress && person ? [el('span', { class: 'who' }, person.name)] : [];
      root.append(el('div', { class: 'chip' }, ...who, main, toggle, menu));
      render();
      return created;
    }

    /** Puts the button after the name (after its link, never inside it). Cheap when already in place. */
    function place() {
      if (signal.aborted) return;
      const heading = findProfileNameHeading(document, url);
      if (!heading) return placeByAddress();
      const anchor = heading.closest('a') ?? heading;
      if (host?.isConnected && !byAddress && host.previousElementSibling === anchor) return;
      if (!person || byAddress) {
        const recognised = recognizePerson(document, url).profile;
        const found = recognised ? personFromProfile(recognised) : null;
        if (!found) return placeByAddress(); // Unsure who the name belongs to: the address still is.
        person = found;
        if (byAddress) {
          // The page became readable: the button moves beside the name, with the real name.
          byAddress = false;
          host?.remove();
          host = null;
        }
        void refresh();
      }
      host?.remove();
      host ??= build();
      anchor.after(host);
    }

    /** The address is the identity: when the page shows no name in time, log for the person at this URL. */
    function placeByAddress() {
      if (!addressTime || host?.isConnected) return;
      const address = profileAddress(document, url);
      const found = address ? personFromAddress(address) : null;
      if (!found) return;
      person = found;
      byAddress = true;
      void refresh();
      host = build();
      document.body.append(host);
    }
    const addressTimer = script.setTimeout(() => {
      addressTime = true;
      place();
    }, ADDRESS_FALLBACK_MS);

    let pending: number | undefined;
    const observer = new MutationObserver(() => {
      pending ??= script.setTimeout(() => {
        pending = undefined;
        place();
      }, SETTLE_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // Back from the popup or another tab, where this person may have been logged: show the news.
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void refresh(), { signal });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(addressTimer);
      host?.remove();
    });
    place();
  },
});
