/**
 * Whether the viewer reacts to a post, read from its Like button in any UI
 * language. The strongest signals are language-free: `aria-pressed` (V1–V3)
 * and the icon, which is `thumbs-up-outline-small` on every unreacted V4
 * button seen (83 of 83 real ones, 2026-03 to 2026-07) and is swapped when
 * the viewer reacts. V4 also states the state in a localised label
 * ("Reaction button state: no reaction"), read with the table below. What
 * decides a capture is a *change* of the button after the user's own click
 * (likeChange), so a language missing from the table costs at most a missed
 * capture, never a wrong one.
 */

export interface LikeSignal {
  /** `aria-pressed`, where the generation has it (V1–V3). */
  pressed: boolean | null;
  /** The V4 state label, e.g. "Reaction button state: no reaction". */
  label: string | null;
  /** Icon ids inside the button (`svg#…`, `data-test-icon`), in order. */
  icons: string[];
}

export type LikeState = 'reacted' | 'none';

const OUTLINE_ICON = 'thumbs-up-outline-small';

/**
 * The V4 label's prefix ("Reaction button state") and its "no reaction"
 * value, per UI language, lower-cased. Each entry says how far it is
 * verified (code search of public repositories, 2026-12):
 * - real: seen on a real saved LinkedIn page;
 * - secondary: quoted by third-party tools written against a live LinkedIn
 *   in that language (selectors, tests, notes), no real page found;
 * - unverified: LinkedIn's likely wording, no source found at all.
 * A wrong entry only makes a label unreadable; the icon and the change rule
 * still apply. Labels are split at the last colon after optional spaces, so
 * the French "État du bouton de réaction : …" (space or no-break space
 * before the colon) reads like the others. From 2026-09 some surfaces dropped
 * this label for `aria-pressed` and "Réagir avec “J’aime”" (fr note, same
 * search); aria-pressed is read first.
 */
export const REACTION_STATE_LABELS: Readonly<Record<string, { prefix: string; none: string }>> = {
  en: { prefix: 'reaction button state', none: 'no reaction' }, // real, 2026-03 feed/HITMAN5050…, 2026-04 profile/yennanliu…
  pt: { prefix: 'situação do botão de reação', none: 'nenhuma reação' }, // real, 2026-07 Portuguese feed; secondary: pt-BR bots (2026) give "Situação do botão de reação: Gostei" as the liked state
  'pt-estado': { prefix: 'estado do botão de reação', none: 'nenhuma reação' }, // secondary: a pt-BR bot's notes (2026) saw LinkedIn switch between "Estado do botão de reação" and "Situação …"; no real page
  es: { prefix: 'estado del botón de reacción', none: 'ninguna reacción' }, // secondary: several es tools (2026), one a DOM reference "based on real LinkedIn HTML (Jul 2026)" quoting `aria-label="Estado del botón de reacción: ninguna reacción"`, one live-tested ("recomendar" when liked); no real page
  fr: { prefix: 'état du bouton de réaction', none: 'aucune réaction' }, // secondary: several independent fr tools (2025–26) match "État du bouton de réaction : aucune réaction" (space, sometimes no-break, before the colon); no real page
  de: { prefix: 'status der reaktionsschaltfläche', none: 'keine reaktion' }, // unverified: no source found
  it: { prefix: 'stato del pulsante di reazione', none: 'nessuna reazione' }, // unverified: no source found
  nl: { prefix: 'status van reactieknop', none: 'geen reactie' }, // unverified: no source found
};

const PREFIXES = new Set(Object.values(REACTION_STATE_LABELS).map((entry) => entry.prefix));
const NONE_VALUES = new Set(Object.values(REACTION_STATE_LABELS).map((entry) => entry.none));

/** What a Like button shows right now. */
export function likeSignal(button: Element): LikeSignal {
  const pressed = button.getAttribute('aria-pressed');
  const icons = [...button.querySelectorAll('svg[id], [data-test-icon]')].map((icon) => icon.getAttribute('data-test-icon') ?? icon.id);
  return {
    pressed: pressed === 'true' ? true : pressed === 'false' ? false : null,
    label: button.getAttribute('aria-label'),
    icons,
  };
}

/** The label split at its last colon (full-width too), lower-cased: ["reaction button state", "no reaction"]. */
function labelParts(label: string | null): [string, string] | null {
  const match = label ? /^(.+?)\s*[:：]\s*([^:：]+)$/u.exec(label.trim()) : null;
  return match ? [match[1]!.toLocaleLowerCase(), match[2]!.trim().toLocaleLowerCase()] : null;
}

/**
 * The state the button states outright: `aria-pressed`, or a V4 label in a
 * known language. Null when it does not say (icons are weighed by likeChange).
 */
export function statedLikeState(signal: LikeSignal): LikeState | null {
  if (signal.pressed !== null) return signal.pressed ? 'reacted' : 'none';
  const parts = labelParts(signal.label);
  if (!parts) return null;
  const [prefix, value] = parts;
  if (NONE_VALUES.has(value)) return 'none';
  return PREFIXES.has(prefix) ? 'reacted' : null;
}

const sameSignal = (a: LikeSignal, b: LikeSignal): boolean =>
  a.pressed === b.pressed && a.label === b.label && a.icons.join(' ') === b.icons.join(' ');

/**
 * What the user's click did, from the button before it and after it:
 * 'reacted', 'unreacted', or null when nothing changed or the change cannot
 * be read (then nothing is captured).
 */
export function likeChange(before: LikeSignal, after: LikeSignal): 'reacted' | 'unreacted' | null {
  if (sameSignal(before, after)) return null;
  const stated = statedLikeState(after);
  const previous = statedLikeState(before);
  if (stated !== null) return stated === previous ? null : stated === 'reacted' ? 'reacted' : 'unreacted';
  // The button changed without saying how: from a known state, it is the other one.
  if (previous !== null) return previous === 'none' ? 'reacted' : 'unreacted';
  const outlineBefore = before.icons.includes(OUTLINE_ICON);
  const outlineAfter = after.icons.includes(OUTLINE_ICON);
  if (outlineBefore && !outlineAfter && after.icons.length > 0) return 'reacted';
  if (!outlineBefore && before.icons.length > 0 && outlineAfter) return 'unreacted';
  return null;
}
