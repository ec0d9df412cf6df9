import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchMessages } from '@/lib/capture/message-capture';
import type { Conversation } from '@/lib/linkedin/messaging';
import { bubbleV3, MESSAGING_BEHAVIOUR, threadV4, withBubbles, type Person } from '../../../fixtures/linkedin/messaging-pages';
import { userClick, userKey } from '../../helpers/user-gesture';
import { wait } from './page';

const JANE = { slug: 'jane-doe-4a1b2c', name: 'Jane Doe' };
const SAM = { slug: 'sam-lee-31', name: 'Sam Lee' };
const KIM = { slug: 'kim-park-9', name: 'Kim Park' };

let controller: AbortController;
let sent: Conversation[];

function show(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}

/** The user types in a conversation's editor: LinkedIn enables Send. */
function type(root: Element, text: string) {
  const editor = root.querySelector('[contenteditable="true"]')!;
  const line = document.createElement('p');
  line.append(text ? document.createTextNode(text) : document.createElement('br'));
  editor.replaceChildren(line);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
}
const send = (root: Element) => root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
const who = () => sent.map((c) => (c.kind === 'one-to-one' ? c.partner.profileUrl : `group:${c.participants.length}`));
const sentByLinkedIn = () => (window as unknown as { __linkedin: { sent: number } }).__linkedin.sent;
let behaviour: AbortController;

beforeEach(() => {
  controller = new AbortController();
  behaviour = new AbortController();
  sent = [];
});
afterEach(() => {
  controller.abort();
  behaviour.abort();
});

function start(html: string) {
  show(html);
  // LinkedIn's behaviour (it only adds document listeners), removed between tests.
  const scoped = { addEventListener: (type: string, fn: EventListener) => document.addEventListener(type, fn, { signal: behaviour.signal }) };
  new Function('document', MESSAGING_BEHAVIOUR)(scoped);
  watchMessages(document, controller.signal, { sent: (conversation) => sent.push(conversation) });
}

const bubble = (id: string) => document.getElementById(id)!;

describe('a message counts when the user sends it and LinkedIn takes it', () => {
  it('a click on Send in a bubble: that bubble’s partner, not the other bubble’s', async () => {
    start(withBubbles([bubbleV3({ partner: JANE }, 'b1'), bubbleV3({ partner: SAM }, 'b2')]));
    type(bubble('b2'), 'Hi Sam');
    userClick(send(bubble('b2')));
    await wait(300);
    expect(sentByLinkedIn()).toBe(1);
    expect(who()).toEqual(['https://www.linkedin.com/in/sam-lee-31/']);
  });

  it('Enter in the editor of the 2026 full page', async () => {
    start(threadV4({ partner: JANE, list: [SAM] }));
    const thread = document.querySelector('[componentkey^="MessagingThread"]')!;
    type(thread, 'Hello Jane');
    userKey(thread.querySelector('[contenteditable] p')!, 'Enter');
    await wait(300);
    expect(who()).toEqual(['https://www.linkedin.com/in/jane-doe-4a1b2c/']);
  });

  it('a group, recognised as one', async () => {
    start(withBubbles([bubbleV3({ partner: null, group: [SAM, KIM] as Person[] }, 'g')]));
    type(bubble('g'), 'Hi all');
    userClick(send(bubble('g')));
    await wait(300);
    expect(who()).toEqual(['group:0']);
  });
});

describe('nothing counts that is not the user’s own send', () => {
  it('a page script typing and clicking Send, or pressing Enter', async () => {
    start(withBubbles([bubbleV3({ partner: JANE }, 'b1')]));
    type(bubble('b1'), 'Sent by a script');
    send(bubble('b1')).click();
    await wait(200);
    type(bubble('b1'), 'Again');
    bubble('b1').querySelector('[contenteditable]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await wait(300);
    expect(sentByLinkedIn()).toBe(2);
    expect(sent).toEqual([]);
  });

  it('Shift+Enter (a new line), a click on an empty composer, or a send LinkedIn does not take', async () => {
    start(withBubbles([bubbleV3({ partner: JANE }, 'b1')]));
    type(bubble('b1'), 'Draft');
    bubble('b1').querySelector('[contenteditable] p')!.dispatchEvent(
      Object.defineProperty(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }), 'isTrusted', { value: true }),
    );
    await wait(200);
    expect(sent).toEqual([]);
    type(bubble('b1'), '');
    userClick(send(bubble('b1')));
    await wait(200);
    expect(sent).toEqual([]);
    // The send-options toggle is not Send.
    type(bubble('b1'), 'Text');
    userClick(bubble('b1').querySelector('.msg-form__send-toggle')!);
    await wait(200);
    expect(sent).toEqual([]);
  });

  it('a conversation whose header names nobody', async () => {
    start(withBubbles([bubbleV3({ partner: null }, 'b1')]));
    type(bubble('b1'), 'Hi');
    userClick(send(bubble('b1')));
    await wait(300);
    expect(sentByLinkedIn()).toBe(1);
    expect(sent).toEqual([]);
  });
});
