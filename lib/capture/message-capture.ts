import { composerAt, composerHasText, isSendButton, recognizeConversation, type Conversation } from '@/lib/linkedin/messaging';
import { onUserGesture, pollUntil } from './user-gesture';

/** After the user sends, the composer must empty (LinkedIn took the message) this soon. */
export const MESSAGE_SENT_MS = 10_000;

/**
 * Messages the user sends: a trusted click on the composer's enabled Send
 * button, or Enter (without Shift) in its editor, while the editor holds
 * text; the message counts once LinkedIn takes it, which it shows by
 * emptying the editor. Who the conversation is with is read at the gesture,
 * from the conversation's own header (lib/linkedin/messaging.ts). A scripted
 * click or key, an empty composer, or an Enter that only adds a line counts
 * for nothing. The text is never read beyond "empty or not", never kept.
 */
export function watchMessages(doc: Document, signal: AbortSignal, on: { sent(conversation: Conversation): void }): void {
  const waiting = new Set<Element>();

  const sending = (target: Element, isSend: (form: Element) => boolean) => {
    const found = composerAt(target);
    if (!found || waiting.has(found.form) || !isSend(found.form) || !composerHasText(found.editor)) return;
    const conversation = recognizeConversation(found.conversation);
    if (!conversation) return;
    const { form, editor } = found;
    waiting.add(form);
    pollUntil(
      () => {
        if (!form.isConnected) {
          // The bubble closed before LinkedIn showed it took the message: nothing is confirmed.
          waiting.delete(form);
          return true;
        }
        const sent = !composerHasText(editor.isConnected ? editor : (form.querySelector('[contenteditable="true"]') ?? editor));
        if (sent) {
          waiting.delete(form);
          on.sent(conversation);
        }
        return sent;
      },
      { everyMs: 150, withinMs: MESSAGE_SENT_MS, signal, onTimeout: () => waiting.delete(form) },
    );
  };

  onUserGesture(doc, signal, {
    click: (target) => sending(target, (form) => isSendButton(target, form)),
    keydown: (target, event) => {
      if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.isComposing) return;
      sending(target, (form) => target.closest('[contenteditable="true"]') !== null && form.contains(target));
    },
  });
}
