import { exportFileError } from './errors';

/**
 * LinkedIn writes its CSV files as UTF-8 (sometimes with a BOM), except the
 * 2018 Shares.csv, which is UTF-16LE with a BOM (and tab-separated). Sniff
 * the encoding from the first bytes, then decode strictly: bytes that are not
 * valid text mean the file is not a CSV at all.
 */
export function decodeExportText(bytes: Uint8Array, fileName: string): string {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else if (looksLikeUtf16Le(bytes)) encoding = 'utf-16le';
  let text: string;
  try {
    // Strips a leading BOM of the chosen encoding.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw exportFileError(fileName, 'is not a text file (its bytes are neither UTF-8 nor UTF-16 text).');
  }
  // NUL and other C0 controls besides tab and line breaks never occur in LinkedIn's CSVs.
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  if (/[\0-\x08\x0b\x0c\x0e-\x1f]/.test(text.slice(0, 65_536))) {
    throw exportFileError(fileName, 'is not a text file (it contains binary data).');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** UTF-16LE without a BOM: ASCII text with a zero byte after every character. */
function looksLikeUtf16Le(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 200) & ~1;
  if (length < 4) return false;
  for (let i = 0; i < length; i += 2) if (bytes[i] === 0 || bytes[i + 1] !== 0) return false;
  return true;
}
