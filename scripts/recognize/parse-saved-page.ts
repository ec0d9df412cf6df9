import { parseHTML } from 'linkedom';

/**
 * A saved page as a `Document`, the way the recognizer CLI and the corpus
 * tests read it. linkedom builds no layout and runs no scripts, so a 3 MB
 * page parses in well under a second; recognition never needs more.
 */
export function parseSavedPage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
