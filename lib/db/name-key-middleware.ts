import type { DBCore, Middleware } from 'dexie';
import type { Contact } from '@/lib/model/schema';
import { nameKeyFor } from '@/lib/people/name-key';

/**
 * Keeps every stored contact's `nameKey` (lib/people/name-key.ts) in step
 * with its name, whoever writes it (a log, an import, sync applying a remote
 * change, a bulk action): computed from the row being written, in the same
 * write, so the People page's index never disagrees with the data.
 */
function withNameKey(contact: Contact): Contact {
  const nameKey = nameKeyFor(contact);
  return contact.nameKey === nameKey ? contact : { ...contact, nameKey };
}

export const nameKeyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'rapport-name-key',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'contacts') return table;
      return {
        ...table,
        mutate: (req) => table.mutate(req.type === 'add' || req.type === 'put' ? { ...req, values: req.values.map(withNameKey) } : req),
      };
    },
  }),
};
