import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchComments } from '@/lib/capture/comment-capture';
import { userClick, userKey } from '../../helpers/user-gesture';
import { cardOf, JANE, linkedInDid, showFeed, stopLinkedIn, wait } from './page';

let controller: AbortController;
let sent: string[];

const box = () => cardOf('AAA').querySelector('[componentkey^="commentBox-"]')!;
const editor = () => box().querySelector<HTMLElement>('[contenteditable="true"]')!;
const submit = () => box().querySelector<HTMLButtonElement>('button[data-comment-submit]');

/** The user types in the TipTap editor: text appears, LinkedIn shows the submit button. */
function type(text: string) {
  editor().firstElementChild!.textContent = text;
  editor().dispatchEvent(new InputEvent('input', { bubbles: true }));
}

beforeEach(() => {
  controller = new AbortController();
  sent = [];
  showFeed([{ token: 'AAA', author: JANE, language: 'pt', commentBox: true }]);
  watchComments(document, controller.signal, { sent: (post) => sent.push(post.getAttribute('componentkey')!) });
});
afterEach(() => {
  controller.abort();
  stopLinkedIn();
});

describe('a comment is counted when the user sends it and LinkedIn takes it', () => {
  it('with a click on the submit button of the TipTap box', async () => {
    type('Parabéns!');
    expect(submit()).not.toBeNull();
    userClick(submit()!);
    await wait(200);
    expect(linkedInDid().comments).toBe(1);
    expect(sent).toEqual(['expandedAAAFeedType_MAIN_FEED_RELEVANCE']);
  });

  it('with Ctrl+Enter in the editor', async () => {
    type('Great news');
    userKey(editor().firstElementChild!, 'Enter', { ctrlKey: true });
    await wait(200);
    expect(sent).toHaveLength(1);
  });

  it('not for the box’s tools (emoji, GIF, photo), nor for an empty box, nor before sending', async () => {
    type('Draft');
    for (const tool of box().querySelectorAll('button:not([data-comment-submit])')) userClick(tool);
    userKey(editor().firstElementChild!, 'Enter'); // a new line, not a send
    await wait(200);
    expect(sent).toEqual([]);
    type('');
    userClick(submit()!);
    await wait(200);
    expect(sent).toEqual([]);
  });

  it('not when the editor keeps its text (LinkedIn refused it)', async () => {
    type('Spam?');
    submit()!.addEventListener('click', (event) => event.stopImmediatePropagation());
    userClick(submit()!);
    await wait(400);
    expect(sent).toEqual([]);
  });
});

describe('editing is not commenting', () => {
  it('a box that goes away after its button (an edit saved or cancelled) counts nothing', async () => {
    type('Edited text');
    submit()!.addEventListener('click', (event) => {
      event.stopImmediatePropagation();
      box().remove();
    });
    userClick(submit()!);
    await wait(400);
    expect(sent).toEqual([]);
  });
});

describe('a page script cannot make a comment', () => {
  it('clicking submit, Ctrl+Enter, a synthetic submit or requestSubmit() log nothing, even when LinkedIn posts', async () => {
    type('Posted by a script');
    submit()!.click();
    await wait(200);
    expect(linkedInDid().comments).toBe(1);
    type('Again');
    editor().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    const form = cardOf('AAA').appendChild(document.createElement('form'));
    form.className = 'comments-comment-box__form';
    form.innerHTML = '<div class="ql-editor" contenteditable="true">Hi</div><button class="comments-comment-box__submit-button" type="submit">Post</button>';
    form.addEventListener('submit', (event) => event.preventDefault());
    form.dispatchEvent(new Event('submit', { bubbles: true }));
    form.requestSubmit();
    await wait(200);
    expect(sent).toEqual([]);
  });
});
