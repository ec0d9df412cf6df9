/**
 * Reading text out of LinkedIn's DOM. Works on any DOM implementation
 * (Chromium, linkedom in the recognizer CLI): no `instanceof`, no layout.
 * Text is only ever read (`textContent`), never turned back into HTML.
 */

const ELEMENT = 1;
const TEXT = 3;

/** Collapses whitespace and trims; null for empty. */
export function cleanText(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** An element's text on one line, clipped; null when empty. */
export function lineText(element: Element | null | undefined, max: number): string | null {
  const text = cleanText(element?.textContent);
  return text === null ? null : clip(text, max);
}

/** Elements whose text is not part of what a post says: buttons ("…more"), screen-reader duplicates. */
const SKIPPED = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'SVG', 'IMG']);

/**
 * A post's text as the reader sees it: `<br>` and block ends become line
 * breaks, runs of spaces collapse, buttons and visually hidden duplicates are
 * skipped. Null when empty.
 */
export function blockText(element: Element | null | undefined, max: number): string | null {
  if (!element) return null;
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT) parts.push((child as Text).data);
      else if (child.nodeType === ELEMENT) {
        const el = child as Element;
        if (el.tagName === 'BR') parts.push('\n');
        else if (!SKIPPED.has(el.tagName) && !el.classList.contains('visually-hidden')) {
          walk(el);
          if (el.tagName === 'P' || el.tagName === 'DIV' || el.tagName === 'LI') parts.push('\n');
        }
      }
    }
  };
  walk(element);
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? null : clip(text, max);
}
