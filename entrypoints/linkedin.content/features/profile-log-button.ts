import { z } from 'zod/mini';
import { defineFeature } from '@/lib/features/define-feature';
import { isProfileMain } from '@/lib/linkedin/page-detect';
import { findProfileNameHeading } from '@/lib/linkedin/parse-profile';
import { recognizePerson } from '@/lib/linkedin/recognize-page';
import { profileAddress } from '@/lib/linkedin/profile-address';
import { personFromAddress, personFromProfile } from '@/lib/contacts/person-ref';
import { loggedSentence, logTypeLabel, touchStatusLabel, touchpointTypeLabel } from '@/lib/contacts/labels';
import { dueStatus } from '@/lib/cadence/due-status';
import { readLastLogType, rememberLogType } from '@/lib/storage/last-log-type';
import { toTimestamp } from '@/lib/time/instant';
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
.chip { position: relative; display: inline-flex; align-items: center; gap: 8px; }
/* The status is not part of the action: a coloured icon and words, apart from the button. */
.status { display: inline-flex; align-items: center; gap: 4px; color: #4b5563; font-size: 13px; }
.status::before { font-weight: 700; }
.status.none::before { content: "○"; }
.status.ok { color: #067647; } .status.ok::before { content: "✓"; }
.status.untracked::before { content: "–"; }
.status.snoozed::before { content: "☾"; }
.status.due { color: #b54708; } .status.due::before { content: "●"; }
.status.overdue { color: #b42318; font-weight: 600; } .status.overdue::before { content: "▲"; }
.split { display: inline-flex; }
.split .log { border-radius: 16px 0 0 16px; background: #0a66c2; color: #fff; }
/* A fixed width: the toggle is always the chip's last 28 px (the Firefox tests click it there). */
.split .toggle { width: 28px; padding: 2px 0; border-radius: 0 16px 16px 0; border-left-color: #fff; background: #0a66c2; color: #fff; }
.menu { position: absolute; top: calc(100% + 4px); right: 0; z-index: 2147483646; display: flex; flex-direction: column; min-width: 160px;
  padding: 4px; border: 1px solid #d1d5db; border-radius: 8px; background: #fff; box-shadow: 0 4px 16px rgb(0 0 0 / 0.15); }
.menu[hidden] { display: none; }
.menu [role="menuitem"] { border: 0; border-radius: 6px; text-align: left; background: transparent; color: #111827; padding: 4px 10px; }
.menu [role="menuitem"]:hover, .menu [role="menuitem"]:focus { background: #eef3f8; outline: none; }
@media (prefers-color-scheme: dark) {
  .status { color: #9ca3af; } .status.ok { color: #47cd89; } .status.due { color: #fdb022; } .status.overdue { color: #f97066; }
  .split .log, .split .toggle { background: #70b5f9; color: #0b1220; border-color: #70b5f9; }
  .split .toggle { border-left-color: #0b1220; }
  .menu { background: #1c2127; border-color: #374151; }
  .menu [role="menuitem"] { color: #e5e7eb; }
  .menu [role="menuitem"]:hover, .menu [role="menuitem"]:focus { background: #24303d; }
}
.who { font-weight: 600; }
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
 * Logging on the profile, next to the person's name, in a closed shadow root
 * (page scripts can neither read it nor click it). The status stands apart
 * from the action, coloured and with an icon ("▲ Last touched 52 days ago ·
 * overdue", "● … · due", "○ Not in Rapport"); the action names the type it
 * logs and remembers the last one chosen ("Log a message"), and its ▾ opens a
 * real menu of the other types (arrow keys, Home/End, Escape, focus back to
 * ▾). It comes back when LinkedIn re-renders the header and follows SPA
 * navigation (a new init per navigation). When the page shows no name it can
 * tie to the address in time, the button still logs for the person at the
 * address (`/in/<slug>/`), floating in the corner with the name the title
 * gives (or the slug).
 */
export default defineFeature({
  id: 'profile-log-button',
  include: [isProfileMain],
  init({ url, document, script }, signal) {
    let host: HTMLElement | null = null;
    let person: PersonRef | null = null;
    let contact: Status | null = null;
    let statusText: HTMLElement | null = null;
    let mainButton: HTMLButtonElement | null = null;
    /** The type the main button logs: the last one chosen from the menu. */
    let mainType: TouchpointType = 'message';
    /** The person comes from the address only (the page could not be read): the button floats and names them. */
    let byAddress = false;
    let addressTime = false;
    void readLastLogType('person').then((type) => {
      mainType = type;
      render();
    });

    const render = () => {
      // Drawn, not DOM text: the page cannot find-in-page who is in Rapport (shadow-host.ts).
      if (statusText) {
        statusText.className = `status ${contact ? dueStatus(contact, toTimestamp(Date.now())) : 'none'}`;
        setUnsearchableText(statusText, touchStatusLabel(contact));
      }
      if (mainButton) mainButton.textContent = logTypeLabel(mainType);
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
      if (type !== mainType) {
        mainType = type;
        render();
        void rememberLogType('person', type).catch(() => undefined);
      }
      // A placeholder name (by address) must never replace the name of someone already in Rapport: look them up first.
      if (byAddress && !contact && !(await refresh())) {
        showToast(t('logFailed', t('addressLookupFailed')));
        return;
      }
      try {
        const added = contact === null;
        const result = await ask({ type: 'logFromPage', person, touchpointType: type }, PageLogResult);
        contact = result.contact;
        render();
        const { touchpointId } = result;
        showToast(
          loggedSentence(type, result.contact.name, added),
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
      statusText = el('span', { class: 'status none' });
      mainButton = el('button', { type: 'button', class: 'log' });
      const menu = el('div', { class: 'menu', role: 'menu', 'aria-label': t('logTypesMenu'), hidden: '' });
      const toggle = el('button', { type: 'button', class: 'toggle', 'aria-label': t('chooseTouchpointType'), 'aria-haspopup': 'menu', 'aria-expanded': 'false' }, '▾');
      const items: HTMLButtonElement[] = [];
      const setOpen = (open: boolean, focus: 'first' | 'last' | 'toggle' | null = null) => {
        menu.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        if (focus === 'toggle') toggle.focus();
        else if (focus) (focus === 'first' ? items[0] : items.at(-1))?.focus();
      };
      for (const type of TOUCHPOINT_TYPES) {
        const item = el('button', { type: 'button', role: 'menuitem', tabindex: '-1' }, touchpointTypeLabel(type));
        item.addEventListener('click', (event) => {
          if (!isUserGesture(event)) return;
          setOpen(false, 'toggle');
          void log(type);
        });
        items.push(item);
        menu.append(item);
      }
      // Only the user's own clicks and keys act: a page script never logs or adds anyone.
      mainButton.addEventListener('click', (event) => {
        if (isUserGesture(event)) void log(mainType);
      });
      toggle.addEventListener('click', (event) => {
        if (isUserGesture(event)) setOpen(menu.hidden, menu.hidden ? 'first' : null);
      });
      toggle.addEventListener('keydown', (event) => {
        if (!isUserGesture(event) || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
        event.preventDefault();
        setOpen(true, event.key === 'ArrowDown' ? 'first' : 'last');
      });
      menu.addEventListener('keydown', (event) => {
        if (!isUserGesture(event)) return;
        const index = items.indexOf(root.activeElement as HTMLButtonElement);
        const move = (to: number) => {
          event.preventDefault();
          items[(to + items.length) % items.length]?.focus();
        };
        if (event.key === 'ArrowDown') move(index + 1);
        else if (event.key === 'ArrowUp') move(index - 1);
        else if (event.key === 'Home') move(0);
        else if (event.key === 'End') move(items.length - 1);
        else if (event.key === 'Tab') setOpen(false);
      });
      root.addEventListener('keydown', (event) => {
        if (isUserGesture(event) && (event as KeyboardEvent).key === 'Escape' && !menu.hidden) {
          setOpen(false, 'toggle');
        }
      });
      const who = byAddress && person ? [el('span', { class: 'who' }, person.name)] : [];
      root.append(el('div', { class: 'chip' }, ...who, statusText, el('span', { class: 'split' }, mainButton, toggle), menu));
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
