// Rapport's shared styles come in through welcome.css's @import: a CSS module shared with the other pages would add a chunk to each of them.
import './welcome.css';
import { LINKEDIN_EXPORT_URL } from '@/lib/linkedin/export/request-url';

/**
 * The welcome page, opened once on install: the few steps to first value.
 * Plain DOM on purpose, with the browser's own `i18n` and `commands` APIs
 * rather than React, lib/i18n and the polyfill: it imports nothing the other
 * pages share, so adding it does not split their shared chunks (the popup's
 * first script stays within its size budget). Text only ever goes in through
 * `textContent`.
 */

type Api = typeof chrome;
/** Firefox's `browser` (promises) or Chrome's `chrome` (promises in MV3). */
const api: Api = (globalThis as { browser?: Api }).browser ?? chrome;
type MessageKey = Parameters<Api['i18n']['getMessage']>[0];
const t = (key: MessageKey, ...substitutions: string[]) => api.i18n.getMessage(key, substitutions) || key;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

function step(id: string, heading: MessageKey, ...content: Node[]): HTMLLIElement {
  return element('li', { class: 'stack', 'aria-labelledby': id }, element('h2', { id }, t(heading)), ...content);
}

/** The keyboard shortcuts as the browser has them now (the user may have changed them). */
async function shortcutsTable(): Promise<Node> {
  try {
    const commands = await api.commands.getAll();
    const rows = commands
      .filter((command) => command.description)
      .map((command) =>
        element(
          'tr',
          {},
          element('th', { scope: 'row' }, command.description ?? ''),
          element('td', {}, command.shortcut ? element('kbd', {}, command.shortcut) : element('span', { class: 'muted' }, t('welcomeShortcutNotSet'))),
        ),
      );
    return element('table', { class: 'welcome-shortcuts' }, element('caption', { class: 'visually-hidden' }, t('welcomeShortcutsCaption')), element('tbody', {}, ...rows));
  } catch (error) {
    return element('div', { class: 'alert error', role: 'alert' }, t('welcomeShortcutsFailed', String(error)));
  }
}

export async function renderWelcome(root: HTMLElement): Promise<void> {
  document.title = t('welcomeTitle');
  const importButton = element('button', { type: 'button' }, t('welcomeExportImport'));
  importButton.addEventListener('click', () => void api.runtime.openOptionsPage());
  const shortcuts = element('div', {}, element('p', { class: 'muted', role: 'status' }, t('loading')));
  root.replaceChildren(
    element(
      'main',
      { class: 'welcome stack' },
      element('h1', {}, t('welcomeHeading')),
      element('p', {}, t('welcomeIntro')),
      element(
        'ol',
        { class: 'welcome-steps' },
        step(
          'welcome-export',
          'welcomeExportHeading',
          element('p', {}, t('welcomeExportText')),
          // Opened only by the user's click, in a new tab; nothing is fetched.
          element('p', {}, element('a', { class: 'button primary', href: LINKEDIN_EXPORT_URL, target: '_blank', rel: 'noreferrer' }, t('welcomeExportLink'))),
          element('p', { class: 'muted' }, t('welcomeExportReminder')),
          element('p', {}, importButton),
        ),
        step('welcome-pin', 'welcomePinHeading', element('p', {}, t('welcomePinText')), shortcuts),
        step('welcome-log', 'welcomeLogHeading', element('p', {}, t('welcomeLogText'))),
      ),
    ),
  );
  shortcuts.replaceChildren(await shortcutsTable());
}

if (document.getElementById('root')) void renderWelcome(document.getElementById('root')!);
