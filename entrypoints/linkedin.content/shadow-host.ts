/**
 * UI injected into LinkedIn lives in a closed shadow root: LinkedIn's styles
 * cannot reach in, ours cannot leak out, `all: initial` on the host stops
 * inherited styles (font, colour, line-height) too, and page scripts cannot
 * read or click what is inside (`host.shadowRoot` is null for them): whether
 * someone is in Rapport, and when they were last touched, stays Rapport's.
 * The host carries no attribute, title or light-DOM text. Text only: nothing
 * here is ever parsed as HTML. See docs/privacy.md.
 */
const BASE_CSS = `
:host { all: initial; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; }
* { box-sizing: border-box; font: inherit; }
button { cursor: pointer; border: 1px solid #0a66c2; border-radius: 16px; background: #fff; color: #0a66c2; padding: 2px 10px; }
button:hover { background: #eef3f8; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
[data-text]::after { content: attr(data-text); }
@media (prefers-color-scheme: dark) {
  :host { color: #e5e7eb; }
  button { background: #1c2127; color: #70b5f9; border-color: #70b5f9; }
  button:hover { background: #24303d; }
}
`;

/** Our hosts' roots, for the content script's own code (page scripts run in another world and never see this map). */
const roots = new WeakMap<Element, ShadowRoot>();

export function createShadowHost(tagName: `rapport-${string}`, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tagName);
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  const style = document.createElement('style');
  style.textContent = BASE_CSS + css;
  root.append(style);
  return { host, root };
}

/** The closed shadow root of a host made here (null for any other element). */
export const shadowRootOf = (host: Element | null): ShadowRoot | null => (host && roots.get(host)) ?? null;

/**
 * Shows `text` in `element` without putting it in the DOM as text: the page's
 * `window.find()` searches text nodes even inside closed shadow roots, so a
 * script could probe "Not in Rapport" or a name in a toast. CSS generated
 * content is drawn and read by screen readers (it is part of the accessible
 * name and tree) but is not searchable, and the attribute holding it is in
 * the closed root, out of the page's reach.
 */
export function setUnsearchableText(element: Element, text: string): void {
  element.setAttribute('data-text', text);
}

/** The text `setUnsearchableText` gave `element` (for the content script's own tests). */
export const unsearchableText = (element: Element | null | undefined): string | null => element?.getAttribute('data-text') ?? null;

/** An element with text (never HTML) and attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
