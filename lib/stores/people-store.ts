import { getDb } from '@/lib/db/db';
import { listPeople } from '@/lib/db/repo/reads/people';
import { createLiveQueryStore } from '@/lib/stores/live-query-store';

/** Everyone in Rapport, by name, following every write (a bulk change shows as soon as it commits). */
export const createPeopleStore = () => createLiveQueryStore(() => listPeople(getDb()));
