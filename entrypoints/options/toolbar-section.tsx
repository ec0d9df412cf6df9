import { useEffect, useState } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { ToolbarOpens } from '@/lib/storage/settings';
import { ErrorMessage, Loading, SuccessMessage } from '@/components/ui/status-message';

/** What a click on the toolbar button opens: the popup (default) or the side panel. Saved at once. */
export function ToolbarSection() {
  const [opens, setOpens] = useState<ToolbarOpens | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    sendToBackground({ type: 'getSettings' }).then(
      (settings) => setOpens(settings.toolbarOpens),
      (caught: unknown) => setError(t('readSettingsFailed', toRapportError(caught).message)),
    );
  }, []);

  async function choose(next: ToolbarOpens) {
    setOpens(next);
    try {
      // Read afresh and change this one field, so settings changed elsewhere meanwhile are kept.
      const current = await sendToBackground({ type: 'getSettings' });
      const settings = await sendToBackground({ type: 'updateSettings', settings: { ...current, toolbarOpens: next } });
      setOpens(settings.toolbarOpens);
      setSaved(true);
      setError(null);
    } catch (caught) {
      setSaved(false);
      setError(toRapportError(caught).message);
    }
  }

  return (
    <section aria-labelledby="toolbar-heading" className="card">
      <h2 id="toolbar-heading">{t('toolbarHeading')}</h2>
      {opens === null && !error && <Loading />}
      {opens !== null && (
        <fieldset className="stack">
          <legend>{t('toolbarOpensLegend')}</legend>
          {ToolbarOpens.options.map((value) => (
            <label key={value}>
              <input type="radio" name="toolbar-opens" value={value} checked={opens === value} onChange={() => void choose(value)} /> {t(`toolbarOpens_${value}`)}
            </label>
          ))}
        </fieldset>
      )}
      {saved && opens && <SuccessMessage>{t('toolbarSaved', t(`toolbarWhat_${opens}`))}</SuccessMessage>}
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </section>
  );
}
