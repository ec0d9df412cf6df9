/**
 * Whether an event is the user's own input: created by the browser for a
 * real pointer, key or activation, not by a script. A page script can
 * dispatch any event, call `click()` or set attributes, but it cannot make
 * an event trusted. (`form.requestSubmit()` from a script does fire a trusted
 * `submit`, so a form's submit event is never taken as proof on its own.)
 */
export const isUserGesture = (event: Event): boolean => event.isTrusted === true;

/** The element an event happened on, across (open) shadow roots: the innermost target. */
export function eventElement(event: Event): Element | null {
  const target = event.composedPath?.()[0] ?? event.target;
  return target instanceof Element ? target : null;
}

/**
 * Listens for the user's own clicks and keys on `doc`'s window, in the
 * capture phase (before any page handler, LinkedIn's included, changes the
 * page), ignoring every scripted event.
 */
export function onUserGesture(
  doc: Document,
  signal: AbortSignal,
  handlers: { click?(target: Element, event: MouseEvent): void; pointerdown?(target: Element, event: PointerEvent): void; keydown?(target: Element, event: KeyboardEvent): void },
): void {
  for (const type of ['pointerdown', 'click', 'keydown'] as const) {
    const handler = handlers[type] as ((target: Element, event: Event) => void) | undefined;
    if (!handler) continue;
    (doc.defaultView ?? doc).addEventListener(
      type,
      (event) => {
        if (!isUserGesture(event)) return;
        const target = eventElement(event);
        if (target) handler(target, event);
      },
      { capture: true, signal },
    );
  }
}

/** Calls `check` every `everyMs` until it returns true or `withinMs` passes; `onTimeout` then. */
export function pollUntil(check: () => boolean, options: { everyMs: number; withinMs: number; signal: AbortSignal; onTimeout?: () => void }): () => void {
  const started = Date.now();
  const timer = setInterval(() => {
    if (options.signal.aborted) return stop();
    if (check()) return stop();
    if (Date.now() - started >= options.withinMs) {
      stop();
      options.onTimeout?.();
    }
  }, options.everyMs);
  function stop() {
    clearInterval(timer);
  }
  options.signal.addEventListener('abort', stop, { once: true });
  return stop;
}
