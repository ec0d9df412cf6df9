import { t, tCount } from '@/lib/i18n';

/**
 * The toolbar badge as named states merged by priority (after bitwarden's
 * badge service): features set or clear their state, and the highest-priority
 * state present is what the user sees. Pure; only
 * entrypoints/background/badge.ts talks to the browser.
 */

export interface BadgeState {
  /** At most four characters: the toolbar has room for no more. */
  text: string;
  /** Background colour, `#RRGGBB`. */
  color: string;
  /** The toolbar button's tooltip, which screen readers announce. */
  title: string;
}

/** Higher wins. */
export const BADGE_STATE_PRIORITY = {
  due: 100,
  importRunning: 200,
  storageError: 300,
} as const;
export type BadgeStateName = keyof typeof BADGE_STATE_PRIORITY;
export type BadgeStates = Partial<Record<BadgeStateName, BadgeState | null>>;

export const BADGE_COLORS = {
  /** Some people are past their maximum: red. */
  overdue: '#C4320A',
  /** People are due, nobody overdue yet: Rapport's blue (distinct from red for colour-blind users too). */
  due: '#0A66C2',
  busy: '#4B5563',
  error: '#B42318',
} as const;

/** The badge counts up to this many people; beyond, it reads "99+". */
export const BADGE_MAX_COUNT = 99;
/** How many due people the badge recount reads at most: one more than it can show. */
export const BADGE_COUNT_CAP = BADGE_MAX_COUNT + 1;

export function badgeCountText(count: number): string {
  if (count <= 0) return '';
  return count > BADGE_MAX_COUNT ? `${BADGE_MAX_COUNT}+` : String(count);
}

/**
 * The due state for counts read with a cap of {@link BADGE_COUNT_CAP}; null (no badge) when nobody is due.
 * `due` counts people due a touchpoint, with a follow-up (open loop) due or owed a thank-you, each once;
 * `followUps` and `thanks`, how many people have a follow-up due or are owed thanks (said in the tooltip).
 */
export function dueBadge({ due, overdue, followUps = 0, thanks = 0 }: { due: number; overdue: number; followUps?: number; thanks?: number }): BadgeState | null {
  if (due <= 0) return null;
  const people = due > BADGE_MAX_COUNT ? t('peopleDueMoreThan', BADGE_MAX_COUNT) : tCount('peopleDue', due);
  const withOverdue = overdue > 0 ? `${people} ${t('overdueSuffix', badgeCountText(overdue))}` : people;
  const withLoops = followUps > 0 ? `${withOverdue} ${tCount('followUpsSuffix', followUps)}` : withOverdue;
  const summary = thanks > 0 ? `${withLoops} ${tCount('thanksSuffix', thanks)}` : withLoops;
  return { text: badgeCountText(due), color: overdue > 0 ? BADGE_COLORS.overdue : BADGE_COLORS.due, title: t('badgeTitle', summary) };
}

export function importRunningBadge(): BadgeState {
  return { text: '…', color: BADGE_COLORS.busy, title: t('badgeTitle', t('badgeImportRunning')) };
}

export function storageErrorBadge(message: string): BadgeState {
  return { text: '!', color: BADGE_COLORS.error, title: t('badgeTitle', t('badgeStorageError', message)) };
}

/** The state with the highest priority among those set; an empty badge when none is. */
export function resolveBadge(states: BadgeStates): BadgeState {
  let winner: BadgeState | undefined;
  let best = -1;
  for (const [name, state] of Object.entries(states) as [BadgeStateName, BadgeState | null | undefined][]) {
    if (state && BADGE_STATE_PRIORITY[name] > best) {
      winner = state;
      best = BADGE_STATE_PRIORITY[name];
    }
  }
  return winner ?? { text: '', color: BADGE_COLORS.due, title: t('badgeTitle', t('nobodyDue')) };
}
