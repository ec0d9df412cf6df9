import { any, linkVisibleName } from '@/lib/linkedin/selectors';
import { canonicalProfileUrl } from '@/lib/linkedin/profile-url';
import { cleanText, clip } from '@/lib/linkedin/dom-text';

export interface ProfileLink {
  profileUrl: string;
  name: string;
}

/** Texts that are about the link, not a name ("View Jane’s profile" lives in visually hidden spans we skip). */
const NOT_A_NAME = /^(https?:|www\.|linkedin\.com)|[@<>]/i;

/**
 * The person a link points to, with the name the link shows: the visible
 * `aria-hidden` span when LinkedIn pairs one with a screen-reader copy, else
 * the link's own text, else an image's alt. Null when the link is not a
 * vanity profile URL or shows no plausible name: never a guessed person.
 */
export function profileLinkAt(element: Element | null): ProfileLink | null {
  const link = element?.closest('a[href]');
  if (!link) return null;
  const profileUrl = canonicalProfileUrl(link.getAttribute('href') ?? '');
  if (!profileUrl) return null;
  const visible = link.querySelector(any(linkVisibleName));
  const text = cleanText(visible?.textContent) ?? cleanText(ownText(link)) ?? cleanText(link.querySelector('img[alt]')?.getAttribute('alt'));
  if (!text || NOT_A_NAME.test(text)) return null;
  // A link around a whole card carries more than the name: its first line is the name.
  const name = clip(text.split(/\s{2,}|\n| · /)[0]!.trim(), 200);
  return name ? { profileUrl, name } : null;
}

/** The link's text without visually hidden duplicates. */
function ownText(link: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1 && !(child as Element).classList.contains('visually-hidden')) walk(child);
    }
  };
  walk(link);
  return text;
}
