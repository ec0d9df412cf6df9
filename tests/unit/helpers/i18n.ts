import { fakeBrowser } from 'wxt/testing/fake-browser';
import catalogue from '@/public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** chrome.i18n.getMessage over the English catalogue: named placeholders, then $1…$9, then `$$` → `$`. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (catalogue as Record<string, Entry>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fill(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

export function installFakeI18n(): void {
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-GB';
}
