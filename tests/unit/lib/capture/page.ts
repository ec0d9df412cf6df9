import { card, feed2026, LINKEDIN_BEHAVIOUR, type CardOptions } from '../../../fixtures/linkedin/cards-2026';

/** Shows a 2026 feed of `cards` in the test document, with LinkedIn's own behaviour running (as a page script would). */
export function showFeed(cards: CardOptions[]): void {
  const parsed = new DOMParser().parseFromString(feed2026(cards.map(card)), 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
  new Function(LINKEDIN_BEHAVIOUR)();
}

/** Stops LinkedIn's behaviour and clears open menus and dialogs. */
export function stopLinkedIn(): void {
  (window as unknown as { __linkedinStop?: () => void }).__linkedinStop?.();
}

export const linkedInDid = (): { likes: number; comments: number; reposts: number; shares: number } => (window as unknown as { __linkedin: never }).__linkedin;

export const JANE = { slug: 'jane-doe-4a1b2c', name: 'Jane Doe' };
export const SAM = { slug: 'sam-lee-31', name: 'Sam Lee' };

export const cardOf = (token: string): Element => document.querySelector(`[componentkey="expanded${token}FeedType_MAIN_FEED_RELEVANCE"]`)!;
export const likeOf = (token: string): HTMLElement => cardOf(token).querySelector<HTMLElement>('button[componentkey$="-like"]')!;
export const repostOf = (token: string): HTMLElement => cardOf(token).querySelector<HTMLElement>('button[componentkey$="-repost"]')!;
export const controlMenuOf = (token: string): HTMLElement => cardOf(token).querySelector<HTMLElement>('button[aria-label^="Open control menu"]')!;
export const menuItem = (choice: string): HTMLElement => document.querySelector<HTMLElement>(`[data-choice="${choice}"]`)!;

/** Lets timers and observers run for `ms`. */
export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
