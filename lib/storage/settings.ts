import { z } from 'zod/mini';

/**
 * User settings: their schema, defaults and migrations. They live in
 * `browser.storage.local` (see items.ts), apart from the relationship data in
 * IndexedDB. To change their shape, bump `SETTINGS_VERSION` and add a
 * migration; tests/unit/lib/storage/settings.test.ts checks every version.
 */

const Days = z.int().check(z.minimum(1), z.maximum(3650));

export const CircleCadence = z
  .strictObject({
    /** Days after the last touch when the contact becomes due. */
    idealDays: Days,
    /** Days after the last touch when the contact becomes overdue. */
    maxDays: Days,
  })
  .check(
    z.refine((cadence) => cadence.maxDays >= cadence.idealDays, {
      message: 'the maximum must not be shorter than the ideal',
      path: ['maxDays'],
    }),
  );
export type CircleCadence = z.infer<typeof CircleCadence>;

/**
 * Andy Lopata's 24-7-30 follow-up for a new connection: acknowledge within a
 * day, a personal touch at a week, propose to meet within a month. Each step
 * is measured from the day the contact entered the `new` circle.
 */
export const NewConnectionCadence = z
  .strictObject({
    steps: z.tuple([CircleCadence, CircleCadence, CircleCadence]),
    /** Where the contact moves after the last step's touch. */
    graduateTo: z.enum(['inner', 'key', 'wider', 'untracked']),
  })
  .check(
    z.refine(({ steps: [a, b, c] }) => a.idealDays < b.idealDays && b.idealDays < c.idealDays, {
      message: 'each follow-up step must come after the previous one',
      path: ['steps'],
    }),
  );
export type NewConnectionCadence = z.infer<typeof NewConnectionCadence>;

export const Cadences = z.strictObject({
  inner: CircleCadence,
  key: CircleCadence,
  wider: CircleCadence,
  new: NewConnectionCadence,
});
export type Cadences = z.infer<typeof Cadences>;

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay()`. */
export const Weekday = z.int().check(z.minimum(0), z.maximum(6));

export const NotificationSettings = z.strictObject({
  /** One digest a day naming who is due. */
  digest: z.boolean(),
  /** Local time of the digest, `HH:MM`. */
  digestTime: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:00')),
  /** Days without notifications. */
  quietDays: z.array(Weekday).check(z.maxLength(7)),
  /** A single nudge when a contact becomes overdue. */
  individualNudges: z.boolean(),
});
export type NotificationSettings = z.infer<typeof NotificationSettings>;

/** The popup (quick logging) or the side panel (notes beside the page). */
export const ToolbarOpens = z.enum(['popup', 'sidePanel']);
export type ToolbarOpens = z.infer<typeof ToolbarOpens>;

/**
 * Messages the user sends on LinkedIn (version 3): logged for the other person of a one-to-one
 * conversation, also for every known participant of a group, or not at all.
 */
export const MessageCapture = z.enum(['one-to-one', 'also-groups', 'off']);
export type MessageCapture = z.infer<typeof MessageCapture>;

export const SettingsSchema = z.strictObject({
  cadences: Cadences,
  notifications: NotificationSettings,
  /** Log likes, comments and reposts of known contacts' posts automatically. */
  autoCapture: z.boolean(),
  /** What a click on the toolbar button opens (version 2). */
  toolbarOpens: ToolbarOpens,
  /** Log the messages the user sends (version 3). */
  messageCapture: MessageCapture,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  cadences: {
    inner: { idealDays: 14, maxDays: 21 },
    key: { idealDays: 30, maxDays: 45 },
    wider: { idealDays: 90, maxDays: 120 },
    new: {
      steps: [
        { idealDays: 1, maxDays: 2 },
        { idealDays: 7, maxDays: 10 },
        { idealDays: 30, maxDays: 37 },
      ],
      graduateTo: 'key',
    },
  },
  notifications: {
    digest: true,
    digestTime: '09:00',
    quietDays: [0, 6],
    individualNudges: false,
  },
  autoCapture: true,
  toolbarOpens: 'popup',
  messageCapture: 'one-to-one',
};

export const SETTINGS_VERSION = 3;

/**
 * Migrations from version n-1 to n, keyed by n. They take and return unknown
 * data: the stored value is validated only after the last one has run.
 */
export const settingsMigrations: Record<number, (previous: unknown) => unknown> = {
  // 2 (issue 6): the toolbar button can open the side panel; it keeps opening the popup until the user says otherwise.
  2: (previous) => ({ ...(previous as object), toolbarOpens: 'popup' }),
  // 3 (issue 16): messages the user sends are logged, like the reactions auto-capture already logged; groups only when asked.
  3: (previous) => ({ ...(previous as object), messageCapture: 'one-to-one' }),
};
