import { describe, expect, it } from 'vitest';
import { composerAt, conversationAt, isSendButton, openConversations, recognizeConversation, type Conversation } from '@/lib/linkedin/messaging';
import { parseSavedPage } from '@/scripts/recognize/parse-saved-page';
import { bubbleV3, threadV3, threadV4, VIEWER, withBubbles } from '@/tests/fixtures/linkedin/messaging-pages';
import { hasRealPages, real, SKIP_REAL_PAGES } from './fixtures';

/** Who each conversation on a messaging page is with: the thread's own header, never the list, other bubbles, messages or the viewer. */

const JANE = { slug: 'jane-doe-4a1b2c', name: 'Jane Doe' };
const SAM = { slug: 'sam-lee-31', name: 'Sam Lee' };
const KIM = { slug: 'kim-park-9', name: 'Kim Park' };
const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const oneToOne = (p: { slug: string; name: string }): Conversation => ({ kind: 'one-to-one', partner: { profileUrl: url(p.slug), memberId: null, name: p.name } });
const person = (p: { slug: string; name: string }) => ({ profileUrl: url(p.slug), memberId: null, name: p.name });

const conversations = (html: string) => openConversations(parseSavedPage(html)).map(recognizeConversation);

describe('synthetic messaging pages', () => {
  it.each<[string, string, Array<Conversation | null>]>([
    ['V3 full page, one-to-one, a list of others beside it', threadV3({ partner: JANE, list: [SAM, KIM, JANE] }), [oneToOne(JANE)]],
    ['V3 full page, a header without a link (LinkedIn Member)', threadV3({ partner: null, list: [SAM] }), [null]],
    ['V3 full page, a group named as text', threadV3({ partner: null, group: [SAM, KIM], list: [JANE] }), [{ kind: 'group', participants: [] }]],
    ['V3 full page, a group whose header links its people', threadV3({ partner: null, group: [SAM, KIM], groupLinks: true }), [{ kind: 'group', participants: [person(SAM), person(KIM)] }]],
    ['2026 full page, one-to-one', threadV4({ partner: JANE, list: [SAM] }), [oneToOne(JANE)]],
    ['2026 full page, a group', threadV4({ partner: null, group: [SAM, KIM] }), [{ kind: 'group', participants: [] }]],
    ['2026 full page, no link in the header', threadV4({ partner: null }), [null]],
    ['two bubbles: each its own partner', withBubbles([bubbleV3({ partner: JANE }, 'b1'), bubbleV3({ partner: SAM }, 'b2')]), [oneToOne(JANE), oneToOne(SAM)]],
    ['a group bubble beside a one-to-one one', withBubbles([bubbleV3({ partner: null, group: [SAM, KIM] }, 'g'), bubbleV3({ partner: KIM }, 'k')]), [{ kind: 'group', participants: [] }, oneToOne(KIM)]],
    ['a conversation with the viewer’s own profile in the header', threadV3({ partner: VIEWER }), [null]],
  ])('%s', (_, html, expected) => {
    expect(conversations(html)).toEqual(expected);
  });

  it('a group header that links the viewer among others keeps only the others', () => {
    expect(conversations(threadV3({ partner: null, group: [VIEWER, SAM, KIM], groupLinks: true }))).toEqual([{ kind: 'group', participants: [person(SAM), person(KIM)] }]);
  });

  it('ties a Send button and its editor to their own conversation, not a neighbouring bubble', () => {
    const doc = parseSavedPage(withBubbles([bubbleV3({ partner: JANE }, 'b1'), bubbleV3({ partner: SAM }, 'b2')]));
    const send = doc.querySelector('#b2 button.msg-form__send-button')!;
    const found = composerAt(send)!;
    expect(found.conversation.id).toBe('b2');
    expect(recognizeConversation(found.conversation)).toEqual(oneToOne(SAM));
    // Disabled (empty editor): not a send.
    expect(isSendButton(send, found.form)).toBe(false);
    send.removeAttribute('disabled');
    expect(isSendButton(send, found.form)).toBe(true);
    // The send-options toggle beside it is not Send.
    expect(isSendButton(doc.querySelector('#b2 .msg-form__send-toggle')!, found.form)).toBe(false);
  });

  it('finds the 2026 composer and Send by its icon', () => {
    const doc = parseSavedPage(threadV4({ partner: JANE }));
    const send = doc.querySelector('button[aria-label="Send"] svg')!;
    const found = composerAt(send)!;
    expect(found.editor.getAttribute('role')).toBe('textbox');
    send.closest('button')!.removeAttribute('disabled');
    expect(isSendButton(send, found.form)).toBe(true);
  });

  it('the conversation list and the nav are no conversation', () => {
    const doc = parseSavedPage(threadV3({ partner: JANE, list: [SAM] }));
    expect(conversationAt(doc.querySelector('.msg-conversation-listitem a')!)).toBeNull();
    expect(conversationAt(doc.querySelector('#global-nav a')!)).toBeNull();
  });
});

describe.skipIf(!hasRealPages)(`real messaging fragments (${hasRealPages ? '../shared/fixtures/linkedin/messaging' : SKIP_REAL_PAGES})`, () => {
  const BUBBLE = 'messaging/Alejopdp__sales-pilot-frontend__render-send-message-button.js.block2_msg-overlay-conversation-bubble.html';
  const LIST = 'messaging/Alejopdp__sales-pilot-frontend__render-send-message-button.js.block1_msg-overlay-list-bubble.html';

  it('2023 bubble (Spanish UI): the partner from the header link, an internal member id with no vanity URL', () => {
    const [conversation, ...rest] = openConversations(real(BUBBLE)).map(recognizeConversation);
    expect(rest).toEqual([]);
    expect(conversation).toEqual({
      kind: 'one-to-one',
      partner: { profileUrl: null, memberId: 'ACoAADgAroQBJh1El3DFh-KvxRrTZDPJ34x28hU', name: 'Mariana Hohot' },
    });
  });

  it('2023 bubble: its Send button and editor belong to it', () => {
    const doc = real(BUBBLE);
    const found = composerAt(doc.querySelector('button.msg-form__send-button')!)!;
    expect(found).not.toBeNull();
    expect(found.editor.classList.contains('msg-form__contenteditable')).toBe(true);
  });

  it('the minimised conversation list is no conversation', () => {
    expect(openConversations(real(LIST))).toEqual([]);
  });
});
