import { useEffect, useId, useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import { STARTER_MOMENTS, STARTER_TEMPLATE_MAX, type StarterMoment, type StarterTemplates } from '@/lib/starters/templates';
import { defaultTemplate, momentLabel } from '@/lib/starters/default-templates';
import { readStarterTemplates } from '@/components/starters/starter-text';
import { useAction } from '@/components/hooks/use-action';
import { ErrorMessage, Loading, SuccessMessage } from '@/components/ui/status-message';

/**
 * Settings: the "words to start with" templates, one per moment. Each box
 * shows the template in use (the default until the user writes their own);
 * text equal to the default, or blank, is stored as "use the default", so a
 * later translation or wording change of the default reaches the user.
 */
export function StarterTemplatesSection() {
  const headingId = useId();
  const [form, setForm] = useState<Record<StarterMoment, string> | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();

  useEffect(() => {
    let active = true;
    void readStarterTemplates().then((templates) => {
      if (active) setForm(Object.fromEntries(STARTER_MOMENTS.map((moment) => [moment, templates[moment] ?? defaultTemplate(moment)])) as Record<StarterMoment, string>);
    });
    return () => {
      active = false;
    };
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    const templates: StarterTemplates = {};
    for (const moment of STARTER_MOMENTS) {
      const value = form[moment].trim();
      if (value && value !== defaultTemplate(moment)) templates[moment] = value;
    }
    if (await run(() => sendToBackground({ type: 'updateStarterTemplates', templates }))) setSaved(true);
  }

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('startersHeading')}</h2>
      <p className="muted">{t('startersSettingsIntro')}</p>
      {!form ? (
        <Loading />
      ) : (
        <form className="stack" onSubmit={(event) => void save(event)}>
          {STARTER_MOMENTS.map((moment) => (
            <TemplateField
              key={moment}
              moment={moment}
              value={form[moment]}
              onChange={(value) => {
                setForm({ ...form, [moment]: value });
                setSaved(false);
              }}
            />
          ))}
          <div className="row">
            <button type="submit" className="primary" disabled={busy}>
              {t('startersSave')}
            </button>
          </div>
          {saved && <SuccessMessage>{t('startersSaved')}</SuccessMessage>}
          {error && <ErrorMessage>{error}</ErrorMessage>}
        </form>
      )}
    </section>
  );
}

function TemplateField({ moment, value, onChange }: { moment: StarterMoment; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="stack">
      <label htmlFor={id}>{momentLabel(moment)}</label>
      <textarea id={id} rows={3} maxLength={STARTER_TEMPLATE_MAX} value={value} onChange={(e) => onChange(e.target.value)} />
      {value !== defaultTemplate(moment) && (
        <div className="row">
          <button type="button" onClick={() => onChange(defaultTemplate(moment))}>
            {t('starterTemplateReset')}
          </button>
        </div>
      )}
    </div>
  );
}
