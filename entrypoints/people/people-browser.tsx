import { useDeferredValue, useId, useMemo, useState } from 'react';
import { lazyPart } from '@/components/ui/lazy-part';
import { formatNumber, t, tCount } from '@/lib/i18n';
import { filterPeople, isFiltered, NO_FILTER, tagsInUse, type PeopleFilter } from '@/lib/people/people-filter';
import { EMPTY_SELECTION, keepPresent, type Selection } from '@/lib/people/selection';
import type { PeopleSnapshot } from '@/lib/db/repo/reads/people';
import { EmptyState, Loading } from '@/components/ui/status-message';
import { PeopleFilters } from './people-filters';
import { PeopleGrid } from './people-grid';

// Only once someone is selected: not part of the first paint.
const BulkActions = lazyPart(() => import('./bulk-actions').then((module) => module.BulkActions), { fallback: <Loading /> });

/**
 * Everyone in Rapport: filters, the windowed table, and what to do with the
 * people selected. Stays mounted while a person is open, so filters,
 * selection and scroll position survive a visit to someone's notes.
 * The first screen comes before everyone is read (`complete` false): it
 * shows the true count and the first rows; filters wait for everyone, and
 * selecting everyone shown waits too, so neither acts on part of the list.
 */
export function PeopleBrowser({ snapshot, onOpen }: { snapshot: PeopleSnapshot; onOpen: (contactId: string) => void }) {
  const { people, total, complete } = snapshot;
  const headingId = useId();
  const [filter, setFilter] = useState<PeopleFilter>(NO_FILTER);
  const [storedSelection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [now] = useState(() => Date.now());
  // Typing stays responsive however many people there are: the table catches up with the latest filter.
  const deferredFilter = useDeferredValue(filter);
  const filtered = isFiltered(deferredFilter);
  const waiting = filtered && !complete;
  const rows = useMemo(() => (waiting ? [] : filterPeople(people, deferredFilter, now)), [people, deferredFilter, now, waiting]);
  const order = useMemo(() => rows.map((contact) => contact.id), [rows]);
  const tags = useMemo(() => tagsInUse(people), [people]);

  // Someone deleted meanwhile (in another window) leaves the selection.
  const present = useMemo(() => new Set(people.map((contact) => contact.id)), [people]);
  const selection = useMemo(() => keepPresent(storedSelection, present), [storedSelection, present]);

  const selectedIds = useMemo(() => [...selection.ids], [selection]);
  const hiddenSelected = useMemo(() => {
    if (selection.ids.size === 0) return 0;
    const shown = new Set(order);
    return selectedIds.filter((id) => !shown.has(id)).length;
  }, [selection, order, selectedIds]);

  if (total === 0) {
    return (
      <section className="stack people-empty">
        <EmptyState>{t('peopleEmpty')}</EmptyState>
      </section>
    );
  }

  return (
    <section className="people-browser stack" aria-labelledby={headingId}>
      <PeopleFilters filter={filter} onChange={setFilter} tags={tags} />
      <div className="row people-count">
        <h2 id={headingId} aria-live="polite">
          {filtered && complete ? tCount('peopleShownOf', rows.length, formatNumber(total)) : tCount('peopleCount', total)}
        </h2>
        <p className="muted people-keys">{t('peopleKeyboardHint')}</p>
      </div>
      {selection.ids.size > 0 && (
        <BulkActions ids={selectedIds} hidden={hiddenSelected} onClear={() => setSelection(EMPTY_SELECTION)} />
      )}
      {waiting ? (
        <Loading />
      ) : rows.length === 0 ? (
        <EmptyState>{t('peopleNoMatch')}</EmptyState>
      ) : (
        <PeopleGrid
          rows={rows}
          rowCount={filtered ? rows.length : total}
          order={order}
          selection={selection}
          onSelectionChange={setSelection}
          onOpen={onOpen}
          labelledBy={headingId}
          now={now}
        />
      )}
    </section>
  );
}
