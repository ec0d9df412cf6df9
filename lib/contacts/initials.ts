/**
 * Up to two letters standing in for a person's photo: first and last word's
 * first letter ("Jane van Doe" → "JD"), whole grapheme clusters so accents
 * and scripts without case survive, punctuation and emoji skipped. The photo
 * itself is never loaded (see components/person-header.tsx).
 */
export function initials(name: string): string {
  const words = name
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((word) => word.length > 0);
  const first = firstGrapheme(words[0]);
  const last = words.length > 1 ? firstGrapheme(words[words.length - 1]) : '';
  return (first + last).toLocaleUpperCase();
}

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

function firstGrapheme(word: string | undefined): string {
  if (!word) return '';
  if (segmenter) return segmenter.segment(word)[Symbol.iterator]().next().value?.segment ?? '';
  return Array.from(word)[0] ?? '';
}
