import type { AppDB } from '@/lib/db/app-db';
import type { Contact } from '@/lib/model/schema';
import { TRACKED_CIRCLES } from '@/lib/model/enums';
import { listOpenNeeds } from '@/lib/db/repo/reads/needs';

/**
 * Andy Lopata's three networks (docs/three-networks.md): people *in a position*
 * to help (strategic), people who *want* to help (strong relationships) and
 * people who *know how and when* to help (they know about an open need).
 * Index reads only: `[circle+kind]` and `strength` keys, `needs.status`,
 * `touchpoints.needId`; records are read only for the few names shown.
 */

export interface Network {
  count: number;
  /** The first few people, closest circles first for the strategic. */
  people: Contact[];
}

export type NetworkGap =
  | { kind: 'noStrategic' }
  | { kind: 'noStrong' }
  | { kind: 'noStrategicInner' }
  | { kind: 'innerStrategicNotStrong'; count: number }
  | { kind: 'strategicNotStrong'; count: number }
  | { kind: 'noOpenNeeds' }
  | { kind: 'nobodyKnows'; needs: number };

export interface ThreeNetworks {
  inPosition: Network;
  wantToHelp: Network;
  knowHow: Network;
  /** Strategic people who are strong relationships too: in a position to help and wanting to. */
  strategicAndStrong: number;
  openNeeds: number;
  gaps: NetworkGap[];
}

export const NETWORK_NAMES_SHOWN = 5;

const STRATEGIC_KINDS = ['strategic', 'both'] as const;

export async function readThreeNetworks(db: AppDB, shown = NETWORK_NAMES_SHOWN): Promise<ThreeNetworks> {
  return db.transaction('r', [db.contacts, db.needs, db.touchpoints], async () => {
    const [strategicByCircle, strongKeys, innerTotal, openNeeds] = await Promise.all([
      // One equality range per circle and kind: read as keys in one go (anyOf on a compound index walks a cursor, key by key).
      Promise.all(
        TRACKED_CIRCLES.map(async (circle) => (await Promise.all(STRATEGIC_KINDS.map((kind) => db.contacts.where('[circle+kind]').equals([circle, kind]).primaryKeys()))).flat()),
      ),
      db.contacts.where('strength').equals('strong').primaryKeys(),
      db.contacts.where('circle').equals('inner').count(),
      listOpenNeeds(db),
    ]);
    const strong = new Set(strongKeys);
    const strategic = strategicByCircle.flat();
    const innerStrategic = strategicByCircle[TRACKED_CIRCLES.indexOf('inner')]!;
    const strategicAndStrong = strategic.filter((id) => strong.has(id)).length;
    const innerStrategicStrong = innerStrategic.filter((id) => strong.has(id)).length;

    const tied = openNeeds.length === 0 ? [] : await db.touchpoints.where('needId').anyOf(openNeeds.map((need) => need.id)).toArray();
    // Latest first: who heard most recently leads.
    tied.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const knowing = [...new Set(tied.map((touchpoint) => touchpoint.contactId))];

    const [inPositionPeople, strongPeople, knowingPeople] = await Promise.all([
      db.contacts.bulkGet(strategic.slice(0, shown)),
      db.contacts.bulkGet(strongKeys.slice(0, shown)),
      db.contacts.bulkGet(knowing.slice(0, shown)),
    ]);
    const present = (contacts: (Contact | undefined)[]) => contacts.filter((contact): contact is Contact => contact !== undefined);

    const gaps: NetworkGap[] = [];
    if (strategic.length === 0) gaps.push({ kind: 'noStrategic' });
    else if (innerTotal > 0 && innerStrategic.length === 0) gaps.push({ kind: 'noStrategicInner' });
    else if (innerStrategic.length > 0 && innerStrategicStrong === 0) gaps.push({ kind: 'innerStrategicNotStrong', count: innerStrategic.length });
    if (strong.size === 0) gaps.push({ kind: 'noStrong' });
    else if (strategic.length > 0 && strategicAndStrong === 0) gaps.push({ kind: 'strategicNotStrong', count: strategic.length });
    if (openNeeds.length === 0) gaps.push({ kind: 'noOpenNeeds' });
    else if (knowing.length === 0) gaps.push({ kind: 'nobodyKnows', needs: openNeeds.length });

    return {
      inPosition: { count: strategic.length, people: present(inPositionPeople) },
      wantToHelp: { count: strong.size, people: present(strongPeople) },
      knowHow: { count: knowing.length, people: present(knowingPeople) },
      strategicAndStrong,
      openNeeds: openNeeds.length,
      gaps,
    };
  });
}
