import Papa from 'papaparse';
import type { Contact, Touchpoint } from '@/lib/model/schema';
import type { OpenLoop } from '@/lib/model/open-loop';
import type { Introduction } from '@/lib/model/introduction';
import type { Need } from '@/lib/model/need';

/**
 * CSV exports for spreadsheets: contacts, touchpoints, open loops, introductions and needs, one row each.
 * Column names are a file format (English, stable), not UI text.
 *
 * Formula injection (CSV injection): a cell that starts with = + - @, a tab
 * or a carriage return could run as a formula in Excel, LibreOffice or
 * Sheets. Such cells get a leading apostrophe (OWASP's advice), which
 * spreadsheets show as text; the value stays readable. papaparse's own
 * `escapeFormulae: true` misses cells with a line break (its pattern is
 * `^[=+\-@\t\r].*$` without the s flag), hence the pattern here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A UTF-8 BOM so that Excel reads accents and emoji correctly. */
const BOM = '\uFEFF';

function unparse(fields: string[], rows: (string | undefined)[][]): string {
  return BOM + Papa.unparse({ fields, data: rows.map((row) => row.map((cell) => cell ?? '')) }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

/** `2026-11-27 10:00` in the given time zone: sortable, and read as a date by spreadsheets. */
export function spreadsheetDate(at: string | undefined, timeZone: string): string | undefined {
  if (!at) return undefined;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(at))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export const CONTACT_COLUMNS = [
  'Name', 'Profile URL', 'Circle', 'Kind', 'Tags', 'Headline', 'Company', 'Location',
  'Last touch', 'Due', 'Overdue from', 'Snoozed until', 'Connected on', 'Invited by', 'Added to Rapport',
];

export function contactsToCsv(contacts: readonly Contact[], timeZone: string): string {
  const date = (at: string | undefined) => spreadsheetDate(at, timeZone);
  const sorted = [...contacts].sort((a, b) => a.name.localeCompare(b.name));
  return unparse(
    CONTACT_COLUMNS,
    sorted.map((c) => [
      c.name, c.profileUrl, c.circle, c.kind, c.tags.join('; '), c.headline, c.company, c.location,
      date(c.lastTouchAt), date(c.dueAt), date(c.overdueAt), date(c.snoozedUntil), date(c.connectedAt), c.invitedBy, date(c.createdAt),
    ]),
  );
}

export const TOUCHPOINT_COLUMNS = ['Date', 'Name', 'Profile URL', 'Type', 'Focus', 'Source', 'Note', 'Post URL'];

export function touchpointsToCsv(touchpoints: readonly Touchpoint[], contacts: readonly Contact[], timeZone: string): string {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const sorted = [...touchpoints].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return unparse(
    TOUCHPOINT_COLUMNS,
    sorted.map((tp) => {
      const contact = byId.get(tp.contactId);
      return [spreadsheetDate(tp.at, timeZone), contact?.name, contact?.profileUrl, tp.type, tp.focus, tp.source, tp.note, tp.postUrl];
    }),
  );
}

export const LOOP_COLUMNS = ['Due on', 'Name', 'Profile URL', 'Follow up on', 'Status', 'Done at', 'Added'];

/** Open loops (follow-ups), open and done, by due day; the due day is a calendar day (no time, no zone). */
export function loopsToCsv(loops: readonly OpenLoop[], contacts: readonly Contact[], timeZone: string): string {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const sorted = [...loops].sort((a, b) => (a.dueDay < b.dueDay ? -1 : a.dueDay > b.dueDay ? 1 : a.createdAt < b.createdAt ? -1 : 1));
  return unparse(
    LOOP_COLUMNS,
    sorted.map((loop) => {
      const contact = byId.get(loop.contactId);
      return [loop.dueDay, contact?.name, contact?.profileUrl, loop.text, loop.doneAt ? 'done' : 'open', spreadsheetDate(loop.doneAt, timeZone), spreadsheetDate(loop.createdAt, timeZone)];
    }),
  );
}

/** Any table of text, with the same guards (the import's list of skipped rows). */
export function tableToCsv(fields: string[], rows: (string | undefined)[][]): string {
  return unparse(fields, rows);
}

/** Kind `made`: you introduced A to B; `received`: A introduced you to B. */
export const INTRODUCTION_COLUMNS = ['Date', 'Kind', 'Person A', 'Person A profile URL', 'Person B', 'Person B profile URL', 'Purpose', 'Outcome'];

/** Introductions made and received, newest first; each side by the name and URL kept with it (a side may be outside Rapport). */
export function introductionsToCsv(introductions: readonly Introduction[], timeZone: string): string {
  const sorted = [...introductions].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return unparse(
    INTRODUCTION_COLUMNS,
    sorted.map((intro) => [spreadsheetDate(intro.at, timeZone), intro.kind, intro.a.name, intro.a.profileUrl, intro.b.name, intro.b.profileUrl, intro.purpose, intro.outcome]),
  );
}

/** "Who knows": the people your asks and conversations tied to the need were with. */
export const NEED_COLUMNS = ['Need', 'Status', 'Opened', 'Closed', 'Outcome', 'Who knows'];

/**
 * Your needs: open ones first (newest first), then the closed ones (latest
 * closed first), as the dashboard lists them; each with who knows about it
 * (the people of the touchpoints tied to it, by name, latest first).
 */
export function needsToCsv(needs: readonly Need[], tied: readonly Touchpoint[], contacts: readonly Contact[], timeZone: string): string {
  const names = new Map(contacts.map((contact) => [contact.id, contact.name]));
  const whoKnows = new Map<string, Set<string>>();
  for (const touchpoint of [...tied].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))) {
    const name = touchpoint.needId !== undefined ? names.get(touchpoint.contactId) : undefined;
    if (name === undefined) continue;
    whoKnows.set(touchpoint.needId!, (whoKnows.get(touchpoint.needId!) ?? new Set()).add(name));
  }
  const key = (need: Need) => (need.status === 'open' ? `1${need.createdAt}` : `0${need.closedAt ?? need.updatedAt}`);
  const sorted = [...needs].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
  return unparse(
    NEED_COLUMNS,
    sorted.map((need) => [
      need.text,
      need.status,
      spreadsheetDate(need.createdAt, timeZone),
      spreadsheetDate(need.closedAt, timeZone),
      need.outcome,
      [...(whoKnows.get(need.id) ?? [])].join('; '),
    ]),
  );
}
