import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db/db';
import { replyEnvelope } from '@/lib/messaging/message';
import { toBackgroundSpec, type ToBackgroundType } from '@/lib/messaging/to-background';
import { ERROR_CODES } from '@/lib/errors';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import type { Sender } from '@/lib/messaging/receiver';
import { z } from 'zod/mini';
import { deliver, senders } from '../../helpers/background';

/**
 * Property-based checks of the background's message inputs (issue 20):
 * whatever arrives (random values, hostile strings and keys, a valid message
 * with one field swapped for anything), the reply is a well-formed envelope;
 * a refused message comes with a clear sentence and changes nothing in the
 * database.
 */

const jane = { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' };
const NOW = '2026-12-02T10:00:00.000Z';
const TYPES = Object.keys(toBackgroundSpec) as ToBackgroundType[];

/** Strings a hostile page might try: markup, prototype keys, URL tricks, control characters, sizes at and over the limits. */
const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '=HYPERLINK("https://evil.example")',
    '\u0000\u202e',
    '',
    ' ',
    'x'.repeat(201),
    'x'.repeat(5_000),
    'https://www.linkedin.com/in/../../admin/',
    'https://evil.example/in/jane-doe/',
    'http://www.linkedin.com/in/jane-doe/',
    'https://www.linkedin.com/in/jane-doe/',
    'in:jane-doe',
    'urn:li:activity:1',
    NOW,
    '9999-99-99T99:99:99Z',
  ),
);
const hostileKey = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'type', 'id', 'tabId', 'source', 'at', 'focus'));
const anything = fc.anything({ key: hostileKey, values: [hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null)], maxDepth: 3 });

/** A valid message of each type with fields (from Rapport's own pages), against the seeded database below. */
const TEMPLATES: Partial<Record<ToBackgroundType, Record<string, unknown>>> = {
  pageContextChanged: { context: { url: jane.profileUrl, page: 'profile', profile: null, posts: [], degraded: null } },
  getTabContext: { tabId: 7 },
  getTabView: { tabId: 7 },
  logFromPage: { person: jane, touchpointType: 'like' },
  captureEngagement: { author: jane.profileUrl, post: { key: 'urn:li:activity:1', urn: 'urn:li:activity:1' }, touchpointType: 'like' },
  undoTouchpoint: { id: 'tp1' },
  getContactStatus: { profileUrl: jane.profileUrl },
  profileLinkTargeted: { profileUrl: jane.profileUrl, name: 'Jane' },
  logTouchpoint: { target: { contactId: 'in:jane-doe' }, touchpoint: { type: 'call', note: 'hi' } },
  updateTouchpoint: { id: 'tp1', patch: { note: 'edited' } },
  deleteTouchpoint: { id: 'tp1' },
  addContact: { person: { profileUrl: 'https://www.linkedin.com/in/sam-lee/', name: 'Sam Lee' }, circle: 'key' },
  updateContact: { id: 'in:jane-doe', patch: { tags: ['investor'], circle: 'inner' } },
  snoozeContact: { id: 'in:jane-doe', until: '2030-01-01T00:00:00.000Z' },
  snoozeAllDue: { until: '2030-01-01T00:00:00.000Z' },
  deleteContact: { id: 'in:jane-doe' },
  saveNote: { note: { id: 'n2', contactId: 'in:jane-doe', body: 'new', baseUpdatedAt: null } },
  deleteNote: { id: 'n1' },
  settleJobChange: { id: 'jc1', outcome: 'dismissed' },
  importBackup: {
    backup: {
      format: 'rapport-backup',
      version: 1,
      exportedAt: NOW,
      contacts: [{ id: 'in:sam-lee', profileUrl: 'https://www.linkedin.com/in/sam-lee/', name: 'Sam Lee', circle: 'key', tags: [], createdAt: NOW, updatedAt: NOW, circleSince: NOW }],
      touchpoints: [{ id: 'tp9', contactId: 'in:sam-lee', type: 'call', focus: 'give', at: NOW, source: 'manual' }],
      notes: [],
      jobChanges: [],
    },
  },
  importLinkedInChunk: {
    chunk: JSON.stringify({ contacts: [{ profileUrl: 'https://www.linkedin.com/in/sam-lee/', name: 'Sam Lee', createIfMissing: true }], touchpoints: [] }),
  },
  updateSettings: { settings: DEFAULT_SETTINGS },
};

/** Every place in a template a hostile value could go: each field, and each field of a nested object. */
function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return prefix.length ? [prefix] : [];
  const nested = Object.entries(value).flatMap(([key, child]) => fieldPaths(child, [...prefix, key]));
  return prefix.length ? [prefix, ...nested] : nested;
}

function withField(template: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(template);
  let parent: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  Object.defineProperty(parent, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const MUTATIONS = Object.entries(TEMPLATES).flatMap(([type, template]) => fieldPaths(template).map((path) => ({ type, template: template!, path })));

async function seed(): Promise<void> {
  const db = getDb();
  await Promise.all(db.tables.map((table) => table.clear()));
  const logged = await deliver({ type: 'logTouchpoint', target: { person: jane }, touchpoint: { type: 'message', id: 'tp1' } });
  const noted = await deliver({ type: 'saveNote', note: { id: 'n1', contactId: 'in:jane-doe', body: 'Met in Lyon', baseUpdatedAt: null } });
  expect([logged, noted]).toMatchObject([{ ok: true }, { ok: true }]);
  await db.jobChanges.put({ id: 'jc1', contactId: 'in:jane-doe', detectedAt: NOW, headline: { from: 'Analyst', to: 'Head of Data' } });
}

async function snapshot(): Promise<string> {
  const db = getDb();
  return JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
}

const Envelope = replyEnvelope(z.unknown());
/** What Object.prototype holds before any message: a `__proto__` key in a message must not add to it. */
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const sender = fc.constantFrom<Sender>(senders.extensionPage, senders.contentScript(7));

/** Checks one reply: a valid envelope; a refusal is a known code with a sentence, and left the database as it was. */
async function expectSafe(reply: unknown, before: string): Promise<boolean> {
  const parsed = Envelope.safeParse(reply);
  expect(parsed.success).toBe(true);
  if (!parsed.success || parsed.data.ok) return true;
  expect(ERROR_CODES).toContain(parsed.data.error.code);
  expect(parsed.data.error.message.trim().length).toBeGreaterThan(3);
  expect(await snapshot()).toBe(before);
  return false;
}

/** fast-check runs hundreds of messages per property: give each property time on a busy machine. */
const PROPERTY_MS = 120_000;

beforeEach(async () => {
  // Every refusal is logged as a warning by the background; hundreds of them would bury the report.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await seed();
});

describe('the background’s message inputs, under random and hostile values', () => {
  it('refuses any value that is not a message, with a clear error, changing nothing', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(anything, sender, async (raw, from) => {
        const reply = await deliver(raw, from);
        expect(reply).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(invalid-message|forbidden)$/) } });
        await expectSafe(reply, before);
      }),
      { numRuns: 200 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  }, PROPERTY_MS);

  it('refuses a message of a known type with any unknown field, naming it, changing nothing', async () => {
    const before = await snapshot();
    const extraKey = fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !['type', '__proto__'].includes(key));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TYPES), extraKey, anything, sender, async (type, key, value, from) => {
        const template = TEMPLATES[type] ?? {};
        fc.pre(!(key in template));
        const reply = await deliver(withField({ type, ...template }, [key], value), from);
        expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message', message: expect.stringMatching(/^Rejected message/) } });
        await expectSafe(reply, before);
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_MS);

  it('answers a valid message with one field swapped for anything with an envelope; a refusal writes nothing', async () => {
    let before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MUTATIONS), anything, sender, async ({ type, template, path }, value, from) => {
        const reply = await deliver({ type, ...withField(template, path, value) }, from);
        const accepted = await expectSafe(reply, before);
        if (accepted) {
          // The swapped value happened to be valid and something may have been written: start again from the seed.
          await seed();
          before = await snapshot();
        }
      }),
      { numRuns: 400 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  }, PROPERTY_MS);

  it('sends every template as written, so the swaps above start from messages that work', async () => {
    for (const [type, template] of Object.entries(TEMPLATES)) {
      const from = toBackgroundSpec[type as ToBackgroundType].access === 'anyContext' && type !== 'getTabContext' ? senders.contentScript(7) : senders.extensionPage;
      await seed();
      const reply = await deliver({ type, ...template }, from);
      if (type === 'undoTouchpoint') expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } }); // No log to undo in this tab.
      else expect({ type, reply }).toMatchObject({ type, reply: { ok: true } });
    }
  }, PROPERTY_MS);
});
