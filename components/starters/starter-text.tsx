import { useEffect, useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { toRapportError } from '@/lib/errors';
import { fillTemplate, StarterTemplates, type StarterMoment } from '@/lib/starters/templates';
import { templateFor } from '@/lib/starters/default-templates';
import { starterTemplatesItem } from '@/lib/storage/starter-templates-item';
import { ErrorMessage, Loading } from '@/components/ui/status-message';

/** The user's templates as stored; an unreadable value counts as none (every default). */
export async function readStarterTemplates(): Promise<StarterTemplates> {
  const parsed = StarterTemplates.safeParse(await starterTemplatesItem.getValue());
  return parsed.success ? parsed.data : {};
}

/**
 * A suggestion for one moment with the person's first name filled in: an
 * editable text box (the user makes it their own) and Copy, which copies what
 * the box says. Plain text throughout: the name is page content.
 */
export default function StarterText({ moment, name }: { moment: StarterMoment; name: string }) {
  const [text, setText] = useState<string | null>(null);
  const [copy, setCopy] = useState<{ kind: 'copied' } | { kind: 'error'; message: string } | null>(null);
  const id = useId();
  useEffect(() => {
    let active = true;
    void readStarterTemplates().then((templates) => active && setText(fillTemplate(templateFor(moment, templates), name)));
    return () => {
      active = false;
    };
  }, [moment, name]);
  if (text === null) return <Loading />;
  async function copyText() {
    try {
      await navigator.clipboard.writeText(text ?? '');
      setCopy({ kind: 'copied' });
    } catch (error) {
      setCopy({ kind: 'error', message: toRapportError(error).message });
    }
  }
  return (
    <div className="stack starter">
      <label htmlFor={id}>{t('starterTextLabel', name)}</label>
      <textarea id={id} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="row">
        <button type="button" onClick={() => void copyText()}>
          {t('starterCopy')}
        </button>
        <span role="status" aria-live="polite" className="muted">
          {copy?.kind === 'copied' ? t('starterCopied') : ''}
        </span>
      </div>
      {copy?.kind === 'error' && <ErrorMessage>{t('starterCopyFailed', copy.message)}</ErrorMessage>}
    </div>
  );
}
