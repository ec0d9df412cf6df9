import { commentBoxAt, editorText, isCommentSubmit } from '@/lib/linkedin/interactions';
import { onUserGesture, pollUntil } from './user-gesture';

/** After the user sends, the editor must empty (LinkedIn posted the comment) this soon. */
export const COMMENT_SENT_MS = 10_000;

/**
 * Comments the user sends: a trusted click on the comment box's submit
 * button, or Ctrl/⌘+Enter in its editor (TipTap in 2026, Quill before),
 * while the editor holds text; the comment counts once LinkedIn takes it,
 * which it shows by emptying the editor. A scripted
 * submit, `requestSubmit()`, or a click on an empty box counts for nothing.
 */
export function watchComments(doc: Document, signal: AbortSignal, on: { sent(post: Element): void }): void {
  const waiting = new Set<Element>();

  const sending = (target: Element, isSend: (box: Element) => boolean) => {
    const found = commentBoxAt(target);
    if (!found || waiting.has(found.box) || !isSend(found.box) || editorText(found.editor) === '') return;
    const { post, box, editor } = found;
    waiting.add(box);
    pollUntil(
      () => {
        // The box stays, emptied, when LinkedIn takes a comment; a box that goes away (an edit cancelled or saved) is no new comment.
        const current = box.isConnected ? commentBoxAt(editor.isConnected ? editor : box)?.editor : null;
        const sent = current !== null && current !== undefined && editorText(current) === '';
        if (sent) {
          waiting.delete(box);
          on.sent(post);
        }
        return sent;
      },
      { everyMs: 150, withinMs: COMMENT_SENT_MS, signal, onTimeout: () => waiting.delete(box) },
    );
  };

  onUserGesture(doc, signal, {
    click: (target) => sending(target, (box) => isCommentSubmit(target, box)),
    keydown: (target, event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) sending(target, (box) => target.closest('[contenteditable="true"]') !== null && box.contains(target));
    },
  });
}
