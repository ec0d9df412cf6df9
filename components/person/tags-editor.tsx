import { useEffect, useId, useRef, useState } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { LIMITS } from '@/lib/model/schema';
import { ErrorMessage } from '@/components/ui/status-message';

/**
 * A contact's tags, edited in place: type and press Enter (or a comma) to
 * add, × to remove. Each change is saved at once; changes made in quick
 * succession are saved one after another, each over the previous one's result,
 * so none is lost.
 */
export function TagsEditor({ contactId, name, tags }: { contactId: string; name: string; tags: readonly string[] }) {
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef<readonly string[]>(tags);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);

  // Another window's change (or our own, echoed by the live query) becomes the base of the next one.
  useEffect(() => {
    if (pending.current === 0) latest.current = tags;
  }, [tags]);

  /** Queues a change computed from the tags as they will be when its turn comes; a refusal gives the typed text back. */
  function change(next: (current: readonly string[]) => readonly string[] | { refused: string }, typed = '') {
    pending.current++;
    queue.current = queue.current.then(async () => {
      try {
        const result = next(latest.current);
        if ('refused' in result) {
          setDraft((current) => current || typed);
          return setError(result.refused);
        }
        if (result === latest.current) return;
        const contact = await sendToBackground({ type: 'updateContact', id: contactId, patch: { tags: [...result] } });
        latest.current = contact.tags;
        setError(null);
      } catch (caught) {
        setDraft((current) => current || typed);
        setError(toRapportError(caught).message);
      } finally {
        pending.current--;
      }
    });
  }

  function add(text: string) {
    const words = text
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean);
    if (words.length === 0) return;
    if (words.some((word) => word.length > LIMITS.tag)) {
      setDraft(text);
      return setError(t('tagTooLong', LIMITS.tag));
    }
    setDraft('');
    change((current) => {
      const known = new Set(current.map((tag) => tag.toLocaleLowerCase()));
      const added = words.filter((word) => !known.has(word.toLocaleLowerCase()) && known.add(word.toLocaleLowerCase()));
      if (added.length === 0) return current;
      if (current.length + added.length > LIMITS.tags) return { refused: t('tooManyTags', LIMITS.tags) };
      return [...current, ...added];
    }, text);
  }

  return (
    <div className="stack tags-editor">
      {tags.length > 0 && (
        <ul className="tag-list" aria-label={t('tagsOf', name)}>
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <span>{tag}</span>
              <button type="button" className="tag-remove" aria-label={t('removeTag', tag)} onClick={() => change((current) => current.filter((candidate) => candidate !== tag))}>
                {'×'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <label htmlFor={inputId}>{t('addTagLabel')}</label>
        <input
          id={inputId}
          type="text"
          className="tag-input"
          value={draft}
          maxLength={LIMITS.tag * 4}
          placeholder={t('addTagPlaceholder')}
          onChange={(event) => {
            const value = event.target.value;
            // A comma ends a tag, as in most tag fields.
            if (value.includes(',')) add(value);
            else setDraft(value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add(draft);
            }
          }}
        />
        <button type="button" onClick={() => add(draft)} disabled={!draft.trim()}>
          {t('addTag')}
        </button>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </div>
  );
}
