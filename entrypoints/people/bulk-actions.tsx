import { useId, useState } from 'react';
import { t, tCount } from '@/lib/i18n';
import { circleLabel, kindLabel } from '@/lib/contacts/labels';
import { CIRCLES, KINDS } from '@/lib/model/enums';
import { BULK_CONTACTS_LIMIT, type BulkContactChange } from '@/lib/model/commands';
import type { Circle, ContactKind } from '@/lib/model/schema';
import { sendToBackground } from '@/lib/messaging/client';
import { useAction } from '@/components/hooks/use-action';
import { ErrorMessage } from '@/components/ui/status-message';

/**
 * What to do with everyone selected: put them in a circle, give them a kind,
 * add a tag. Each is one command to the background, which writes it in one
 * transaction and updates the badge; the table follows when it commits.
 */
export function BulkActions({ ids, hidden, onClear }: { ids: readonly string[]; hidden: number; onClear: () => void }) {
  const id = useId();
  const [circle, setCircle] = useState<Circle>('key');
  const [kind, setKind] = useState<ContactKind | 'none'>('strategic');
  const [tag, setTag] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  /** Resolves to whether it succeeded. */
  async function apply(change: BulkContactChange, describe: (updated: number) => string): Promise<boolean> {
    setDone(null);
    const updated = await run(async () => {
      let total = 0;
      // One message (one transaction) up to the limit; a larger selection goes in as few as that allows.
      for (let start = 0; start < ids.length; start += BULK_CONTACTS_LIMIT) {
        total += (await sendToBackground({ type: 'updateContacts', ids: ids.slice(start, start + BULK_CONTACTS_LIMIT), change })).updated;
      }
      return total;
    });
    if (updated === undefined) return false;
    setDone(updated === 0 ? t('peopleBulkNothingChanged') : describe(updated));
    return true;
  }

  return (
    <section className="bulk-actions card stack" aria-labelledby={`${id}-heading`}>
      <div className="row">
        <h2 id={`${id}-heading`}>{tCount('peopleSelected', ids.length)}</h2>
        {hidden > 0 && <span className="muted">{tCount('peopleSelectedHidden', hidden)}</span>}
        <button type="button" onClick={onClear}>
          {t('peopleClearSelection')}
        </button>
      </div>
      <div className="row bulk-controls">
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            void apply({ circle }, (updated) => tCount('peopleBulkCircleDone', updated, circleLabel(circle)));
          }}
        >
          <label htmlFor={`${id}-circle`}>{t('peopleBulkCircleLabel')}</label>
          <select id={`${id}-circle`} value={circle} onChange={(event) => setCircle(event.target.value as Circle)}>
            {CIRCLES.map((value) => (
              <option key={value} value={value}>
                {circleLabel(value)}
              </option>
            ))}
          </select>
          <button type="submit" className="primary" disabled={busy}>
            {t('peopleBulkApply')}
          </button>
        </form>
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            void apply({ kind: kind === 'none' ? null : kind }, (updated) =>
              kind === 'none' ? tCount('peopleBulkKindCleared', updated) : tCount('peopleBulkKindDone', updated, kindLabel(kind)),
            );
          }}
        >
          <label htmlFor={`${id}-kind`}>{t('peopleBulkKindLabel')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as ContactKind | 'none')}>
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {kindLabel(value)}
              </option>
            ))}
            <option value="none">{t('peopleFilterNoKind')}</option>
          </select>
          <button type="submit" disabled={busy}>
            {t('peopleBulkApply')}
          </button>
        </form>
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            const value = tag.trim();
            if (value) void apply({ addTag: value }, (updated) => tCount('peopleBulkTagDone', updated, value)).then((ok) => ok && setTag(''));
          }}
        >
          <label htmlFor={`${id}-tag`}>{t('peopleBulkTagLabel')}</label>
          <input id={`${id}-tag`} type="text" value={tag} maxLength={50} onChange={(event) => setTag(event.target.value)} />
          <button type="submit" disabled={busy || tag.trim() === ''}>
            {t('peopleBulkAddTag')}
          </button>
        </form>
      </div>
      <div aria-live="polite">{done && <p className="alert success">{done}</p>}</div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </section>
  );
}
