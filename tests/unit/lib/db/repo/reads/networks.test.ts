import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import { addPerson, updateContact } from '@/lib/db/repo/writes/contacts';
import { logTouchpoint } from '@/lib/db/repo/writes/touchpoints';
import { addNeed, updateNeed } from '@/lib/db/repo/writes/needs';
import { readThreeNetworks } from '@/lib/db/repo/reads/networks';
import type { Circle, ContactKind, Strength } from '@/lib/model/schema';
import { contextAt } from '../../../../helpers/context';

const NOW = '2026-11-27T09:00:00.000Z';
const ctx = contextAt(NOW);

/** A person with a kind and, set as the background's strength upkeep would leave it, a strength. */
async function add(slug: string, circle: Circle, kind?: ContactKind, strength?: Strength) {
  const db = getDb();
  const contact = await addPerson(db, { profileUrl: `https://www.linkedin.com/in/${slug}/`, name: slug }, circle, ctx);
  if (kind) await updateContact(db, contact.id, { kind }, ctx);
  if (strength) await db.contacts.update(contact.id, { strength });
  return contact.id;
}

const names = (network: { people: { name: string }[] }) => network.people.map((person) => person.name).sort();

describe('the three networks', () => {
  it('an empty network: no one in any, and every gap said', async () => {
    const networks = await readThreeNetworks(getDb());
    expect([networks.inPosition.count, networks.wantToHelp.count, networks.knowHow.count]).toEqual([0, 0, 0]);
    expect(networks.gaps.map((gap) => gap.kind)).toEqual(['noStrategic', 'noStrong', 'noOpenNeeds']);
  });

  it('counts the strategic (and both) in tracked circles, the strong, and who knows an open need', async () => {
    const ada = await add('ada', 'inner', 'strategic', 'strong');
    await add('bea', 'key', 'both', 'growing');
    await add('cem', 'wider', 'relational', 'strong');
    await add('dan', 'untracked', 'strategic', 'cold');
    const eve = await add('eve', 'new');
    const open = await addNeed(getDb(), { text: 'Hire a data lead' }, NOW);
    const met = await addNeed(getDb(), { text: 'Find a venue' }, NOW);
    await logTouchpoint(getDb(), { contactId: eve }, { type: 'ask', needId: open.id }, ctx);
    await logTouchpoint(getDb(), { contactId: ada }, { type: 'message', needId: open.id }, ctx);
    await logTouchpoint(getDb(), { contactId: ada }, { type: 'meeting', needId: open.id }, ctx);
    await logTouchpoint(getDb(), { contactId: 'in:cem' }, { type: 'ask', needId: met.id }, ctx);
    await updateNeed(getDb(), met.id, { status: 'met' }, NOW);
    // Logging recomputed their strength from the touches: set again what this test is about.
    await getDb().contacts.update(ada, { strength: 'strong' });
    await getDb().contacts.update('in:cem', { strength: 'strong' });
    await getDb().contacts.update(eve, { strength: 'new' });

    const networks = await readThreeNetworks(getDb());
    expect(networks.inPosition.count).toBe(2);
    expect(names(networks.inPosition)).toEqual(['ada', 'bea']);
    expect(networks.wantToHelp.count).toBe(2);
    expect(names(networks.wantToHelp)).toEqual(['ada', 'cem']);
    // Only the open need counts; Ada counted once for two touches.
    expect(networks.knowHow.count).toBe(2);
    expect(names(networks.knowHow)).toEqual(['ada', 'eve']);
    expect(networks.strategicAndStrong).toBe(1);
    expect(networks.openNeeds).toBe(1);
    expect(networks.gaps).toEqual([]);
  });

  it('says when no strategic person in the inner circle is a strong relationship', async () => {
    await add('ada', 'inner', 'strategic', 'cooling');
    await add('bea', 'inner', 'both', 'growing');
    await add('cem', 'key', 'relational', 'strong');
    const networks = await readThreeNetworks(getDb());
    expect(networks.gaps).toEqual([{ kind: 'innerStrategicNotStrong', count: 2 }, { kind: 'strategicNotStrong', count: 2 }, { kind: 'noOpenNeeds' }]);
  });

  it('says when open needs are known to nobody yet, and when the inner circle has no strategic person', async () => {
    await add('ada', 'inner', 'relational', 'strong');
    await add('bea', 'key', 'strategic', 'strong');
    await addNeed(getDb(), { text: 'Hire a data lead' }, NOW);
    const networks = await readThreeNetworks(getDb());
    expect(networks.gaps).toEqual([{ kind: 'noStrategicInner' }, { kind: 'nobodyKnows', needs: 1 }]);
  });

  it('shows the first few names only, with the full count (many)', async () => {
    for (let i = 0; i < 12; i++) await add(`p${String(i).padStart(2, '0')}`, 'key', 'strategic', 'strong');
    const networks = await readThreeNetworks(getDb(), 5);
    expect(networks.inPosition.count).toBe(12);
    expect(networks.inPosition.people).toHaveLength(5);
    expect(networks.wantToHelp.count).toBe(12);
    expect(networks.wantToHelp.people).toHaveLength(5);
  });
});
