/**
 * Events as the browser makes them for the user's own input. happy-dom has
 * no `isTrusted` (every event it dispatches reads as untrusted, like a page
 * script's), so the user's gestures are simulated by marking the event
 * trusted. Browser tests (tests/e2e) check the same rules with real input.
 */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** The user clicks `element` (pointer down, then the click). */
export function userClick(element: Element): void {
  const init = { bubbles: true, composed: true, cancelable: true };
  element.dispatchEvent(trusted(new PointerEvent('pointerdown', init)));
  element.dispatchEvent(trusted(new MouseEvent('click', init)));
}

/** The user presses a key on `element`. */
export function userKey(element: Element, key: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean } = {}): void {
  element.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...modifiers })));
}
