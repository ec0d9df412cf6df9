/**
 * The domain's enumerations as plain constants: schema.ts builds its Zod enums
 * from them, and code that only needs the values (the content script's menu)
 * imports them without pulling in any schema.
 */

/** How close a relationship is; each circle has its own cadence. */
export const CIRCLES = ['inner', 'key', 'wider', 'new', 'untracked'] as const;

/** The circles of people you keep in touch with (untracked people are not part of the network you nurture). */
export const TRACKED_CIRCLES = ['inner', 'key', 'wider', 'new'] as const satisfies readonly (typeof CIRCLES)[number][];
export type TrackedCircle = (typeof TRACKED_CIRCLES)[number];

/** Andy Lopata's blended network: who can help you reach your goals, who you share rapport with. */
export const KINDS = ['strategic', 'relational', 'both'] as const;

export const TOUCHPOINT_TYPES = ['like', 'comment', 'share', 'message', 'meeting', 'call', 'email', 'intro', 'congrats', 'ask', 'other', 'endorsement', 'recommendation'] as const;

/** How a relationship stands (docs/relationship-strength.md). */
export const STRENGTHS = ['new', 'growing', 'strong', 'cooling', 'cold'] as const;
