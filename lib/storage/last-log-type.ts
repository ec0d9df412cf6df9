import { defineItem } from '@/lib/storage/storage-item';
import { TOUCHPOINT_TYPES } from '@/lib/model/enums';
import type { TouchpointType } from '@/lib/model/schema';

/**
 * The touchpoint type the primary "Log …" button logs, remembered from the
 * last one the user chose: one for people (profiles, lists), one for posts.
 * A UI preference, not relationship data: written by the page that logged
 * (popup, side panel, dashboard, the in-page button), read by all of them.
 * Kept in its own module so the content script does not load the settings.
 */
export interface LastLogTypes {
  person: TouchpointType;
  post: TouchpointType;
}

export type LogSubjectKind = keyof LastLogTypes;

export const DEFAULT_LOG_TYPES: LastLogTypes = { person: 'message', post: 'like' };

export const lastLogTypeItem = defineItem<LastLogTypes>('local:lastLogType', { fallback: DEFAULT_LOG_TYPES, version: 1 });

const isType = (value: unknown): value is TouchpointType => (TOUCHPOINT_TYPES as readonly unknown[]).includes(value);

/** The remembered type for `kind`, or its default when nothing (or something unknown) is stored. */
export async function readLastLogType(kind: LogSubjectKind): Promise<TouchpointType> {
  try {
    const stored = (await lastLogTypeItem.getValue()) as Partial<LastLogTypes> | null;
    const value = stored?.[kind];
    return isType(value) ? value : DEFAULT_LOG_TYPES[kind];
  } catch {
    return DEFAULT_LOG_TYPES[kind];
  }
}

export async function rememberLogType(kind: LogSubjectKind, type: TouchpointType): Promise<void> {
  const stored = ((await lastLogTypeItem.getValue().catch(() => null)) as Partial<LastLogTypes> | null) ?? {};
  await lastLogTypeItem.setValue({ ...DEFAULT_LOG_TYPES, ...stored, [kind]: type });
}
