import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseSavedPage } from '@/scripts/recognize/parse-saved-page';

/**
 * Pages for recognition tests, parsed the way the recognizer CLI parses them.
 * Real LinkedIn pages are read from ../shared/fixtures at test time and never
 * copied into the repository (they hold real people's data); synthetic ones
 * (invented people) live in tests/fixtures/linkedin/.
 */

export const REAL_PAGES_DIR = resolve('../shared/fixtures/linkedin');
export const hasRealPages = existsSync(REAL_PAGES_DIR);
export const SKIP_REAL_PAGES = `../shared/fixtures/linkedin is absent (${REAL_PAGES_DIR}): the real-page corpus cannot run here`;

export const syntheticHtml = (name: string): string => readFileSync(join('tests/fixtures/linkedin', name), 'utf8');
export const synthetic = (name: string): Document => parseSavedPage(syntheticHtml(name));
export const realHtml = (path: string): string => readFileSync(join(REAL_PAGES_DIR, path), 'utf8');
export const real = (path: string): Document => parseSavedPage(realHtml(path));

/**
 * A post's text as `<length>:<sha-256 prefix>`: asserts the exact text
 * without copying real people's posts into the repository.
 */
export const digest = (text: string | null): string | null => (text === null ? null : `${text.length}:${createHash('sha256').update(text).digest('hex').slice(0, 12)}`);
