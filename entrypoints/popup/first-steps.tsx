import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { linkedInImportedAtItem } from '@/lib/storage/items';
import { firstStepsItem, type FirstSteps } from '@/lib/storage/first-steps';
import { createFirstStepsStore } from '@/lib/stores/contact-store';
import { LINKEDIN_EXPORT_URL } from '@/lib/linkedin/export/request-url';
import { toTimestamp } from '@/lib/time/instant';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';

/**
 * The popup's checklist until first value (issue 21, item 1): request the
 * LinkedIn export, import it, choose people, log a first touch. Each step
 * checks itself from real state (the click on the export link, the import's
 * date, the database); the list can be hidden, and goes for good once every
 * step is done. Loaded lazily: not part of the popup's first paint.
 */
export default function FirstStepsCard() {
  const [prefs, setPrefs] = useState<FirstSteps | null>(null);
  const [imported, setImported] = useState<boolean | null>(null);
  useEffect(() => {
    void firstStepsItem.getValue().then(setPrefs, () => undefined);
    void linkedInImportedAtItem.getValue().then((at) => setImported(at !== null), () => undefined);
    const unwatchPrefs = firstStepsItem.watch(setPrefs);
    const unwatchImport = linkedInImportedAtItem.watch((at) => setImported(at !== null));
    return () => {
      unwatchPrefs();
      unwatchImport();
    };
  }, []);
  if (!prefs || imported === null || prefs.dismissed || prefs.doneAt) return null;
  return <Checklist prefs={prefs} imported={imported} />;
}

function Checklist({ prefs, imported }: { prefs: FirstSteps; imported: boolean }) {
  const [store] = useState(createFirstStepsStore);
  const state = useLiveQueryStore(store);
  const headingId = useId();
  const progress = state.status === 'ready' ? state.data : null;
  const steps = [
    { key: 'export', done: prefs.exportRequestedAt !== null || imported },
    { key: 'import', done: imported },
    { key: 'circle', done: progress?.circled ?? false },
    { key: 'log', done: progress?.logged ?? false },
  ] as const;
  const done = steps.filter((step) => step.done).length;
  const allDone = progress !== null && done === steps.length;
  useEffect(() => {
    if (allDone) void firstStepsItem.setValue({ ...prefs, doneAt: toTimestamp(Date.now()) });
  }, [allDone, prefs]);
  if (!progress || allDone) return null;

  const save = (patch: Partial<FirstSteps>) => void firstStepsItem.setValue({ ...prefs, ...patch });
  const text = {
    export: (
      <a href={LINKEDIN_EXPORT_URL} target="_blank" rel="noreferrer" onClick={() => save({ exportRequestedAt: toTimestamp(Date.now()) })}>
        {t('firstStepExport')}
      </a>
    ),
    import: (
      <button type="button" className="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('firstStepImport')}
      </button>
    ),
    circle: <span>{t('firstStepCircle')}</span>,
    log: <span>{t('firstStepLog')}</span>,
  };
  return (
    <section className="card stack first-steps" aria-labelledby={headingId}>
      <div className="row first-steps-header">
        <h2 id={headingId}>{t('firstStepsHeading', done, steps.length)}</h2>
        <button type="button" onClick={() => save({ dismissed: true })}>
          {t('firstStepsHide')}
        </button>
      </div>
      <ol className="first-steps-list">
        {steps.map((step) => (
          <li key={step.key} className={step.done ? 'done' : undefined}>
            <span aria-hidden="true">{step.done ? '✓' : '○'}</span> {step.done ? <s>{text[step.key]}</s> : text[step.key]}
            {step.done && <span className="visually-hidden"> {t('firstStepDone')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The keyboard shortcuts as the browser has them now (the user may have changed them), where the user looks: the popup's footer. */
export function ShortcutsFooter() {
  const [commands, setCommands] = useState<{ description: string; shortcut: string }[]>([]);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setCommands(all.flatMap((command) => (command.description && command.shortcut ? [{ description: command.description, shortcut: command.shortcut }] : []))))
      .catch(() => undefined);
  }, []);
  if (commands.length === 0) return null;
  return (
    <footer className="popup-shortcuts muted">
      <h2 className="visually-hidden">{t('shortcutsHeading')}</h2>
      <ul className="row">
        {commands.map((command) => (
          <li key={command.shortcut}>
            <kbd>{command.shortcut}</kbd> {command.description}
          </li>
        ))}
      </ul>
    </footer>
  );
}
