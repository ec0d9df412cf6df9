import type { ImportedContact, ImportedTouchpoint } from '@/lib/model/commands';
import { LIMITS } from '@/lib/model/schema';
import { canonicalProfileUrl, contactIdFromProfileUrl } from '@/lib/linkedin/profile-url';
import type { Timestamp } from '@/lib/time/instant';
import type { SkipReason, SkippedRow } from './skip-reasons';
import { sourceId } from './source-id';

/** Where a record came from: the export file and its data row, for the user to find it. */
export interface Source {
  file: string;
  row: number;
}

const normaliseName = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
export const clip = (value: string, max: number) => (value.length > max ? value.slice(0, max).trim() : value);
const dayOf = (at: Timestamp) => at.slice(0, 10);
/** Endorsee URLs come without a scheme at times (`www.linkedin.com/in/…`). */
const withScheme = (url: string) => (/^https?:\/\//i.test(url) ? url : `https://${url.replace(/^\/+/, '')}`);

type DraftContact = ImportedContact & { source: Source; invitedAt?: Timestamp };
export type Exchange = { at: Timestamp; outgoing: boolean };

/**
 * The plan while the export's files are read into it, one step per file: the
 * people (one per canonical profile URL), their touchpoints, the rows left
 * out, and what later steps need from earlier ones (the user's own profile,
 * the names the export gives each URL, who exchanged messages when).
 */
export class PlanDraft {
  readonly skipped: SkippedRow[] = [];
  readonly contacts = new Map<string, DraftContact>();
  readonly touchpoints = new Map<string, ImportedTouchpoint & { source: Source }>();
  readonly exchanges = new Map<string, Exchange[]>();
  /** The user's own profile URL, once the connections tell it (null when nothing does). */
  own: string | null = null;
  /** Names the export gives for profile URLs, for matching rows that have only a name. */
  readonly namesByUrl = new Map<string, string>();
  private readonly urlsByName = new Map<string, Set<string>>();
  private readonly canonicalCache = new Map<string, string | null>();
  private readonly idCache = new Map<string, string>();

  skip(source: Source, reason: SkipReason, detail: string): void {
    this.skipped.push({ file: source.file, row: source.row, reason, detail: detail.slice(0, 200) });
  }

  /** The canonical profile URL of a cell, or null; memoised, as the same URLs recur across files. */
  readonly canonical = (raw: string): string | null => {
    let value = this.canonicalCache.get(raw);
    if (value === undefined) {
      value = raw.trim() === '' ? null : canonicalProfileUrl(withScheme(raw.trim()));
      this.canonicalCache.set(raw, value);
    }
    return value;
  };

  /** Contact ids of canonical URLs, memoised: URL parsing is the costliest step per message. */
  contactIdOf(url: string): string {
    let id = this.idCache.get(url);
    if (id === undefined) this.idCache.set(url, (id = contactIdFromProfileUrl(url)!));
    return id;
  }

  /** One person per URL: the first name seen stays; other fields fill in what is missing, and the latest invitation wins. */
  upsert(profileUrl: string, name: string, source: Source, fields: Partial<ImportedContact> & { invitedAt?: Timestamp } = {}): void {
    const existing = this.contacts.get(profileUrl);
    if (!existing) {
      this.contacts.set(profileUrl, { profileUrl, name: clip(name, LIMITS.name), createIfMissing: false, source, ...fields });
      return;
    }
    existing.createIfMissing ||= fields.createIfMissing ?? false;
    existing.headline ??= fields.headline;
    existing.company ??= fields.company;
    existing.connectedAt ??= fields.connectedAt;
    if (fields.invitedBy && (!existing.invitedAt || (fields.invitedAt ?? '') > existing.invitedAt)) {
      existing.invitedBy = fields.invitedBy;
      existing.invitedAt = fields.invitedAt;
    }
  }

  addTouchpoint(touchpoint: ImportedTouchpoint, source: Source): void {
    const existing = this.touchpoints.get(touchpoint.id);
    // One touchpoint per person, conversation and day: the day's first message dates it, so a later export with more messages that day changes nothing.
    if (!existing || touchpoint.at < existing.at) this.touchpoints.set(touchpoint.id, { ...touchpoint, source });
  }

  /**
   * A message to or from `url`: the person, one touchpoint per conversation,
   * day and direction, and the exchange the suggestions count. The user's own
   * messages keep the id they always had; the other person's are their own
   * rows (direction incoming): evidence of an exchange, never a touch of yours.
   */
  addMessage(url: string, name: string, at: Timestamp, outgoing: boolean, thread: string, source: Source): void {
    this.upsert(url, name, source, { createIfMissing: true });
    const contactId = this.contactIdOf(url);
    const id = outgoing ? sourceId('msg', thread, dayOf(at), contactId) : sourceId('msg', thread, dayOf(at), contactId, 'incoming');
    this.addTouchpoint({ id, contactId, type: 'message', direction: outgoing ? 'outgoing' : 'incoming', at }, source);
    let list = this.exchanges.get(url);
    if (!list) this.exchanges.set(url, (list = []));
    list.push({ at, outgoing });
  }

  /** Indexes everyone with a profile URL by name, for the files that name people only. */
  indexNames(): void {
    for (const [url, name] of this.namesByUrl) {
      if (url === this.own) continue;
      const key = normaliseName(name);
      let set = this.urlsByName.get(key);
      if (!set) this.urlsByName.set(key, (set = new Set()));
      set.add(url);
    }
  }

  /** The one person with this name, or the reason there is none. */
  matchName(name: string): { url: string } | { reason: 'noMatchByName' | 'ambiguousName' } {
    const urls = this.urlsByName.get(normaliseName(name));
    if (!urls || urls.size === 0) return { reason: 'noMatchByName' };
    if (urls.size > 1) return { reason: 'ambiguousName' };
    return { url: [...urls][0]! };
  }
}
