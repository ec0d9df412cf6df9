// Runs inside Chromium: the work message capture does per send (lib/linkedin/messaging.ts),
// on a messaging page parsed by the browser, against a raw lookup in the same run.
import { composerAt, isSendButton, recognizeConversation } from '@/lib/linkedin/messaging';

/**
 * Per-send durations over `runs` samples of `repeat` sends each (Chromium
 * coarsens performance.now() to 0.1 ms): finding the composer and its
 * conversation from the Send button, checking it is Send, and recognising
 * who the conversation is with. Baseline: `closest()` to the conversation and
 * its first `/in/` link, the least any recognition must do.
 */
export function sendTimings(html: string, sendSelector: string, runs: number, repeat: number) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const send = doc.querySelector(sendSelector)!;
  send.removeAttribute('disabled');
  const perSend = (task: () => unknown) => {
    task();
    return Array.from({ length: runs }, () => {
      const start = performance.now();
      for (let i = 0; i < repeat; i++) task();
      return (performance.now() - start) / repeat;
    });
  };
  let partner: string | null = null;
  const recognition = perSend(() => {
    const found = composerAt(send);
    if (!found || !isSendButton(send, found.form)) throw new Error('no composer');
    const conversation = recognizeConversation(found.conversation);
    partner = conversation?.kind === 'one-to-one' ? conversation.partner.profileUrl : null;
  });
  const baseline = perSend(() => send.closest('.msg-convo-wrapper, .msg-thread, [componentkey^="MessagingThread"]')?.querySelector('a[href*="/in/"]')?.getAttribute('href'));
  return { partner, recognition, baseline };
}
