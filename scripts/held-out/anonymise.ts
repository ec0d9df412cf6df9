// Anonymises a real saved LinkedIn page for the held-out set, deterministically:
//
//   npx tsx scripts/held-out/anonymise.ts <raw.html> <people.json> <out.html>
//
// people.json names the real people on the page and stays OUT of the repository:
//   { "people": [{ "name": "Real Name", "slug": "realslug", "aliases": ["Real"] }], "texts": ["a real headline", …] }
//
// What changes: every listed name, alias, slug (in /in/<slug> links, vanityName= and, for
// slugs of 8+ characters, anywhere else such as V4 component keys),
// listed headline or text, every ACoAA… member id and urn:li:member number, every activity/share/ugcPost
// number, media.licdn.com image URL, lnkd.in short link and tracking id, and the
// words of every post's commentary (.update-components-text, [data-testid=
// "expandable-text-box"]) outside profile links. Each gets an invented value
// derived from a hash of the real one, so the same input always gives the same
// output and one person keeps one invented identity across the page. What stays:
// tag names, attributes, class names, icon ids, link shapes and UI strings.
// The script refuses to write a page in which a listed real string survives.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

interface Input { people: { name: string; slug: string; aliases?: string[] }[]; texts?: string[] }

const FIRST = ['Avery', 'Bruno', 'Carys', 'Dario', 'Elodie', 'Farid', 'Greta', 'Hamza', 'Ilse', 'Jovan', 'Kirsi', 'Lionel', 'Maren', 'Niko', 'Odile', 'Piet', 'Quinn', 'Rosalind', 'Silas', 'Tamsin', 'Umar', 'Vera', 'Wendell', 'Yara'];
const LAST = ['Ashdown', 'Bellamy', 'Corrigan', 'Dunmore', 'Eskildsen', 'Fairweather', 'Gorski', 'Holloway', 'Ivers', 'Jessop', 'Kettering', 'Lindgren', 'Marlowe', 'Northcott', 'Okafor', 'Pemberton', 'Quayle', 'Rasmussen', 'Stroud', 'Thorne', 'Upton', 'Valdez', 'Whitlock', 'Yilmaz'];
const WORDS = ['river', 'ledger', 'anchor', 'pilot', 'garden', 'signal', 'lantern', 'meadow', 'quarry', 'orbit', 'copper', 'willow', 'canvas', 'beacon', 'summit', 'thread', 'pebble', 'compass', 'falcon', 'timber'];
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** FNV-1a, salted: a stable number for a string. */
function hash(s: string, salt = ''): number {
  let h = 0x811c9dc5;
  for (const c of salt + s) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}
function chars(s: string, length: number, alphabet: string, salt: string): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += alphabet[hash(`${s}#${i}`, salt) % alphabet.length];
  return out;
}
const digits = (s: string, length: number) => chars(s, length, '0123456789', 'digits');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An invented person for a real one. The slug keeps the real one's relation to
 * the name: built from the invented name when the real slug contains a part of
 * the real name ("janedoe", "jane-doe-1a"), from two unrelated words when it does not (a slug that says
 * nothing about the name is a case recognition must handle).
 */
function inventedName(realSlug: string, realName: string): { name: string; first: string; slug: string } {
  const first = FIRST[hash(realSlug, 'first') % FIRST.length]!;
  const last = LAST[hash(realSlug, 'last') % LAST.length]!;
  const nameParts = realName.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 1);
  const suffix = chars(realSlug, 3, '0123456789abcdef', 'slug');
  const slug = nameParts.some((part) => realSlug.toLowerCase().includes(part))
    ? `${first}-${last}-${suffix}`.toLowerCase()
    : `${WORDS[hash(realSlug, 'slug-a') % WORDS.length]}-${WORDS[hash(realSlug, 'slug-b') % WORDS.length]}-${suffix}`;
  // LinkedIn sometimes percent-encodes the hyphens of a slug in links (/in/jane%2Ddoe%2D1a2b): keep that shape.
  return { name: `${first} ${last}`, first, slug: /%2D/i.test(realSlug) ? slug.replace(/-/g, '%2D') : slug };
}
function inventedText(real: string): string {
  const n = Math.max(1, real.trim().split(/\s+/).length);
  const words = Array.from({ length: n }, (_, i) => WORDS[hash(`${real}#${i}`, 'word') % WORDS.length]!);
  const sentence = words.join(' ');
  return real.replace(/\S[\s\S]*\S|\S/, sentence.charAt(0).toUpperCase() + sentence.slice(1));
}

export function anonymise(html: string, input: Input): string {
  // 1. Commentary words, in the DOM, outside profile links (their names are handled below with the people).
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head><title></title></head><body>${html}</body></html>`;
  const { document } = parseHTML(wrapped);
  for (const box of document.querySelectorAll('.update-components-text, [data-testid="expandable-text-box"], .attributed-text-segment-list__content')) {
    const walker = document.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    for (const t of texts) {
      if (!t.data.trim() || t.parentElement?.closest('a[href*="/in/"], a[href*="/company/"], .visually-hidden')) continue;
      if (/^#?\w+$/.test(t.data.trim()) && t.parentElement?.closest('a[href*="hashtag"]')) t.data = t.data.replace(/\w+/, WORDS[hash(t.data, 'tag') % WORDS.length]!);
      else t.data = inventedText(t.data);
    }
  }
  let out = document.toString();

  // 2. People: names, aliases and slugs, longest first so "Jane Doe" goes before "Jane".
  const pairs: [string, string][] = [];
  for (const p of input.people) {
    const fake = inventedName(p.slug, p.name);
    pairs.push([p.name, fake.name]);
    for (const alias of p.aliases ?? []) pairs.push([alias, alias.includes(' ') ? fake.name : fake.first]);
    out = out.replace(new RegExp(`(/in/)${escapeRe(p.slug)}(?=[/?"'#]|$)`, 'g'), `$1${fake.slug}`).replace(new RegExp(`(vanityName=)${escapeRe(p.slug)}\\b`, 'g'), `$1${fake.slug}`);
    // 2026 React pages also glue the slug into component keys ("profileCardsAboveActivity<slug>",
    // "ProfilePostConnectDrawer_<slug>"): any other occurrence of a slug long enough not to be a word.
    if (p.slug.length >= 8) out = out.split(p.slug).join(fake.slug);
  }
  for (const t of input.texts ?? []) pairs.push([t, inventedText(t)], [t.replace(/&/g, '&amp;'), inventedText(t)], [t.replace(/&/g, '&amp;amp;'), inventedText(t)]);
  pairs.sort((a, b) => b[0].length - a[0].length);
  for (const [real, fake] of pairs) out = out.split(real).join(fake);

  // 3. Ids, URNs, image URLs, short links and tracking tokens.
  out = out
    // A member id is 39 characters; V4 component keys glue words onto it ("…<id>Topcard"), which must stay.
    .replace(/ACoAA[A-Za-z0-9_-]{34}/g, (id) => `ACoAA${chars(id, id.length - 5, B64, 'member')}`)
    .replace(/((?:urn|%3A)(?::|%3A)?li(?::|%3A)(?:activity|share|ugcPost)(?::|%3A))(\d{2})(\d{10,})/g, (_, head: string, lead: string, rest: string) => `${head}${lead}${digits(lead + rest, rest.length)}`)
    .replace(/https:\/\/media\.licdn\.com\/dms\/image\/(?:v2\/)?[^/"]+\/([a-z-]+[^/"]*)\/[^"\s)]*/g, (_, kind: string) => `https://media.licdn.com/dms/image/v2/ANONYMISED/${kind}/0/1?e=1&amp;v=beta&amp;t=anonymised`)
    .replace(/(urn(?::|%3A)li(?::|%3A)member(?::|%3A))(\d+)/g, (_, head: string, id: string) => `${head}${digits(id, id.length)}`)
    .replace(/https:\/\/lnkd\.in\/[A-Za-z0-9_-]+/g, (u) => `https://lnkd.in/${chars(u, 8, B64, 'lnkd')}`)
    .replace(/(&quot;(?:contentTrackingId|trackingId|requestId)&quot;:&quot;)([^&]+)(&quot;)/g, (_, a: string, v: string, b: string) => `${a}${chars(v, v.length, B64, 'track')}${b}`)
    .replace(/(data-control-id=")([^"]+)(")/g, (_, a: string, v: string, b: string) => `${a}${chars(v, v.length, B64, 'control')}${b}`);

  // 4. Refuse to leak: no listed real string may survive.
  const lower = out.toLowerCase();
  for (const p of input.people) {
    for (const s of [p.name, p.slug, ...(p.aliases ?? [])]) if (lower.includes(s.toLowerCase())) throw new Error(`“${s}” survived anonymisation`);
  }
  for (const t of input.texts ?? []) if (lower.includes(t.toLowerCase())) throw new Error(`A listed text survived anonymisation: “${t.slice(0, 30)}…”`);
  return out;
}

if (process.argv[1]?.endsWith('anonymise.ts')) {
  const [raw, peopleFile, outFile] = process.argv.slice(2);
  if (!raw || !peopleFile || !outFile) {
    process.stderr.write('Usage: npx tsx scripts/held-out/anonymise.ts <raw.html> <people.json> <out.html>\n');
    process.exit(2);
  }
  writeFileSync(outFile, anonymise(readFileSync(raw, 'utf8'), JSON.parse(readFileSync(peopleFile, 'utf8')) as Input));
  process.stdout.write(`${outFile} written\n`);
}
