import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import type { Introduction, IntroductionKind } from '@/lib/model/introduction';

const newestFirst = (a: Introduction, b: Introduction) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1);

/** A person's introductions, made and received, newest first: one read of the `contactIds` index. */
export async function listPersonIntroductions(db: AppDB, contactId: string): Promise<Introduction[]> {
  const introductions = await db.introductions.where('contactIds').equals(contactId).toArray();
  return introductions.sort(newestFirst);
}

/** The latest introductions of a kind (made or received), newest first: a reverse range read of `[kind+at]`, at most `limit` rows. */
export async function listIntroductions(db: AppDB, kind: IntroductionKind, limit: number): Promise<Introduction[]> {
  return db.introductions.where('[kind+at]').between([kind, Dexie.minKey], [kind, Dexie.maxKey]).reverse().limit(limit).toArray();
}
