import { getDb } from '@/lib/db/db';
import { listIntroductions, listPersonIntroductions } from '@/lib/db/repo/reads/introductions';
import { createLiveQueryStore } from '@/lib/stores/live-query-store';

/** Live views of introductions. */

/** One person's introductions (the person view, the timeline's introduction sentences). */
export const createPersonIntroductionsStore = (contactId: string) => createLiveQueryStore(() => listPersonIntroductions(getDb(), contactId));

/** The latest introductions you made and received (the dashboard's card). */
export const createRecentIntroductionsStore = (limit: number) =>
  createLiveQueryStore(async () => {
    const db = getDb();
    const [made, received] = await Promise.all([listIntroductions(db, 'made', limit), listIntroductions(db, 'received', limit)]);
    return { made, received };
  });
