import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageListener } from '@/entrypoints/background/messages';
import type { Sender } from '@/lib/messaging/receiver';

export const EXTENSION_ORIGIN = 'chrome-extension://test-extension-id/';

export const senders = {
  extensionPage: { id: 'test-extension-id', url: `${EXTENSION_ORIGIN}options.html` } satisfies Sender,
  contentScript: (tabId = 7) =>
    ({ id: 'test-extension-id', url: 'https://www.linkedin.com/in/jane-doe/', tab: { id: tabId } }) as Sender,
  otherExtension: { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/page.html' } satisfies Sender,
  webPage: { url: 'https://evil.example/' } satisfies Sender,
};

/** Delivers a raw message to the background's listener as if `sender` sent it. */
export function deliver(message: unknown, sender: Sender = senders.extensionPage) {
  return createMessageListener()(message, sender);
}

/** Routes `browser.runtime.sendMessage` from pages under test to the real background handlers. */
export function connectPagesToBackground(sender: Sender = senders.extensionPage): void {
  const listener = createMessageListener();
  fakeBrowser.runtime.sendMessage = ((message: unknown) => listener(message, sender)) as typeof fakeBrowser.runtime.sendMessage;
}
