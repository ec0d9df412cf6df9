import { any } from '@/lib/linkedin/selectors';
import { cleanText, clip } from '@/lib/linkedin/dom-text';
import { canonicalProfileUrl, isInternalProfileId } from '@/lib/linkedin/profile-url';

/**
 * Conversations on LinkedIn's messaging surfaces: the full page
 * (`/messaging/thread/…`) and the overlay bubbles any page can open. Who a
 * conversation is with comes only from the conversation's own header: its
 * link(s) to `/in/<slug>/`. Never from the conversation list beside it, other
 * bubbles, the messages (whose sender links include the viewer), or the
 * viewer's own nav menu. When the header does not name exactly one person and
 * shows no sign of a group, the conversation is unknown (null).
 *
 * Variants, one per line, with the generation and the page that shows it
 * (real pages: ../shared/fixtures/linkedin/messaging/, SOURCES.md there;
 * "synthetic" ones are tests/fixtures/linkedin/messaging-*.html, built from
 * third-party code and the 2026 React conventions, not from a saved page).
 */

/** A conversation: an overlay bubble or the thread of the full messaging page. */
export const conversationRoot = [
  '.msg-overlay-conversation-bubble', // V2 2023-03 messaging/Alejopdp…block2 (real, es)
  '.msg-convo-wrapper', // V2 2023-03 messaging/Alejopdp…block2 (real); V3 full page (synthetic messaging-thread.v3.html)
  '.msg-thread', // V3 full page (synthetic)
  '[componentkey^="MessagingThread"]', // V4 2026 full page and bubble (synthetic messaging-thread.v4.html, unverified)
];

/** The conversation's header, where its title names the other person (or the group). */
export const conversationHeader = [
  'header.msg-overlay-bubble-header', // V2 2023-03 bubble (real)
  '.msg-title-bar', // V3 full page (synthetic)
  'header', // V4 2026 (synthetic)
];

/** Parts of a conversation that are not its header: the messages (their sender links include the viewer) and the composer. */
const notHeader = ['.msg-s-message-list', '.msg-s-message-list-container', 'form', '[role="list"]', 'ul', 'ol'];

/** Signs in a header that the conversation has more than two people. */
export const groupSign = [
  '.msg-facepile-grid', // V3 group thread header (synthetic, after third-party code)
  '[class*="group-conversation"]', // V3 (synthetic)
  '[data-conversation-kind="group"]', // V4 2026 (synthetic)
];

/** The composer: the form the user writes and sends in. */
export const composer = [
  'form.msg-form', // V2 2023-03 bubble (real); V3 full page (synthetic)
  '[componentkey^="MessagingComposer"]', // V4 2026 (synthetic)
];

/** The composer's editor. */
export const composerEditor = [
  '.msg-form__contenteditable[contenteditable="true"]', // V2 2023-03 (real)
  '[contenteditable="true"][role="textbox"]', // V4 2026 (synthetic)
];

/** The Send button (enabled once text is typed). */
export const sendButton = [
  'button.msg-form__send-button', // V2 2023-03 (real, "Enviar", type=submit)
  'button[type="submit"]', // V3/V4 (synthetic)
  'button:has(svg#send-privately-small)', // V4 2026 (synthetic: the icon id of the post Send control)
];

/**
 * The viewer's own links: the global nav and its "Me" menu (`#global-nav`, `.global-nav` in V1–V3,
 * the `nav` element in every generation). Found by id, class and tag: the browser keeps those
 * indexed, so a long conversation list costs nothing here.
 */
function viewerAreas(doc: Document): Element[] {
  const byId = doc.getElementById?.('global-nav');
  return [...(byId ? [byId] : []), ...doc.getElementsByClassName('global-nav'), ...doc.getElementsByTagName('nav')];
}

export interface ConversationPerson {
  /** `https://www.linkedin.com/in/<slug>/` when the link is a vanity URL; null for an internal member id only. */
  profileUrl: string | null;
  /** The internal member id (`ACoAA…`) when the link carries that instead. */
  memberId: string | null;
  name: string | null;
}

export type Conversation = { kind: 'one-to-one'; partner: ConversationPerson } | { kind: 'group'; participants: ConversationPerson[] };

/** The conversation an element belongs to: the outermost conversation root around it, or null. */
export function conversationAt(element: Element | null): Element | null {
  const selector = any(conversationRoot);
  let root = element?.closest(selector) ?? null;
  for (let up = root?.parentElement?.closest(selector); up; up = up.parentElement?.closest(selector)) root = up;
  return root;
}

/** Every conversation open on the page (the full page's thread and each bubble), outermost roots only. */
export function openConversations(doc: Document | Element): Element[] {
  const selector = any(conversationRoot);
  return [...doc.querySelectorAll(selector)].filter((root) => !root.parentElement?.closest(selector));
}

/** The slug or member id of a profile link, or null. */
function personOf(link: Element): ConversationPerson | null {
  const href = link.getAttribute('href') ?? '';
  const match = /^(?:https?:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com)?\/in\/([^/?#]+)/i.exec(href);
  if (!match?.[1]) return null;
  const raw = match[1];
  const name = nameOf(link);
  if (isInternalProfileId(raw)) return { profileUrl: null, memberId: raw, name };
  const profileUrl = canonicalProfileUrl(href);
  return profileUrl ? { profileUrl, memberId: null, name } : null;
}

function nameOf(link: Element): string | null {
  const visible = link.querySelector('[aria-hidden="true"]');
  const text = cleanText(visible?.textContent) ?? cleanText(link.textContent) ?? cleanText(link.querySelector('img[alt]')?.getAttribute('alt'));
  return text ? clip(text, 200) : null;
}

const key = (person: ConversationPerson) => person.profileUrl ?? person.memberId ?? '';

/** The viewer's own profile links on the page (nav, "Me" menu). */
function viewerKeys(doc: Document): Set<string> {
  const keys = new Set<string>();
  // The few nav areas first, then their links: far cheaper than matching every profile link on a long conversation list.
  for (const area of viewerAreas(doc)) {
    if (conversationAt(area)) continue;
    for (const link of area.querySelectorAll('a[href*="/in/"]')) {
      const person = personOf(link);
      if (person) keys.add(key(person));
    }
  }
  return keys;
}

/** The conversation's own header: the first header inside it that is not part of its messages or composer. */
export function headerOf(root: Element): Element | null {
  const outside = any(notHeader);
  for (const header of root.querySelectorAll(any(conversationHeader))) {
    const within = header.parentElement?.closest(outside);
    if (!within || !root.contains(within)) return header;
  }
  return null;
}

/**
 * Who a conversation is with, from its header only. One distinct person
 * linked and no group sign: one-to-one. A group sign, or several people
 * linked: a group, with the people its header links (possibly none).
 * Otherwise (no link, a link to the viewer, a header that cannot be found):
 * null.
 */
export function recognizeConversation(root: Element): Conversation | null {
  const header = headerOf(root);
  if (!header) return null;
  const doc = root.ownerDocument;
  const viewer = viewerKeys(doc);
  const people = new Map<string, ConversationPerson>();
  for (const link of header.querySelectorAll('a[href*="/in/"]')) {
    const person = personOf(link);
    if (!person) continue;
    const existing = people.get(key(person));
    people.set(key(person), existing?.name ? existing : person);
  }
  const others = [...people.values()].filter((person) => !viewer.has(key(person)));
  const group = header.querySelector(any(groupSign)) !== null || others.length > 1;
  if (group) return { kind: 'group', participants: others };
  if (others.length !== 1 || people.size !== 1) return null;
  return { kind: 'one-to-one', partner: others[0]! };
}

/** The composer of the conversation `target` is in, with its editor, or null. */
export function composerAt(target: Element): { conversation: Element; form: Element; editor: Element } | null {
  const conversation = conversationAt(target);
  const form = target.closest(any(composer));
  if (!conversation || !form || !conversation.contains(form)) return null;
  const editor = form.querySelector(any(composerEditor));
  return editor ? { conversation, form, editor } : null;
}

/** Whether `target` is (inside) the composer's enabled Send button. */
export function isSendButton(target: Element, form: Element): boolean {
  const button = target.closest('button');
  if (!button || !form.contains(button) || button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true') return false;
  return button.matches(any(sendButton));
}

/** The editor's text, trimmed ('' when empty: LinkedIn keeps a `<p><br></p>` there). Read only to tell empty from not, never kept. */
export const composerHasText = (editor: Element): boolean => (editor.textContent ?? '').trim() !== '';
