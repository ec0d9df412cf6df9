import { browser } from 'wxt/browser';
import type messages from '@/public/_locales/en/messages.json';

/**
 * Every user-facing string goes through `browser.i18n` (public/_locales/<lang>/messages.json).
 * Keys are typed from the English catalogue, so a missing string is a compile error.
 */
export type MessageKey = keyof typeof messages;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** Plural messages are stored as `<base>_one`, `<base>_other`, … and chosen with Intl.PluralRules. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

export type Substitution = string | number;

export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  // An empty result means the key is missing from the catalogue: show the key rather than nothing.
  return text || key;
}

let pluralRules: Intl.PluralRules | undefined;

/** The plural form for `count`, e.g. tCount('peopleDue', 3) → "3 people are due". `count` is the first substitution. */
export function tCount(base: PluralKey, count: number, ...rest: Substitution[]): string {
  pluralRules ??= new Intl.PluralRules(uiLocale());
  const form = pluralRules.select(count) as PluralSuffix;
  const formatted = formatNumber(count);
  const key = `${base}_${form}` as MessageKey;
  const text = browser.i18n.getMessage(key, [formatted, ...rest.map(String)]);
  return text || browser.i18n.getMessage(`${base}_other` as MessageKey, [formatted, ...rest.map(String)]) || base;
}

/** The browser's UI language, e.g. "en-GB", for Intl formatting. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

let numberFormat: Intl.NumberFormat | undefined;

export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat(uiLocale());
  return numberFormat.format(value);
}
