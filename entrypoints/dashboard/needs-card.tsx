import { useId, useState, type FormEvent } from 'react';
import { lazyPart } from '@/components/ui/lazy-part';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import { createNeedsStore } from '@/lib/stores/needs-store';
import { NEED_TEXT_MAX, type Need } from '@/lib/model/need';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { useAction } from '@/components/hooks/use-action';
import { LiveView } from '@/components/ui/live-view';
import { EmptyState, ErrorMessage, Loading } from '@/components/ui/status-message';

/** A need's detail (who could help, the logger) is a lazy chunk: the dashboard's first paint never pays for it. */
const NeedDetail = lazyPart(() => import('./need-detail').then((module) => module.default), { fallback: <Loading /> });

const needsReadFailed = (error: string) => t('needsReadFailed', error);

/**
 * Your current needs: a short list of what you are working towards. Each
 * opens to who knows about it, who could help (ranked, with why) and its
 * outcome; closing one as met offers to thank the people who helped.
 */
export default function NeedsCard() {
  const [store] = useState(createNeedsStore);
  return (
    <div className="stack">
      <p className="muted">{t('needsIntro')}</p>
      <AddNeedForm />
      <LiveView state={useLiveQueryStore(store)} failed={needsReadFailed}>
        {(needs) => <NeedsList needs={needs} />}
      </LiveView>
    </div>
  );
}

function AddNeedForm() {
  const [text, setText] = useState('');
  const { busy, error, run } = useAction();
  const id = useId();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || busy) return;
    if (await run(() => sendToBackground({ type: 'addNeed', need: { text: text.trim() } }))) setText('');
  }
  return (
    <form className="stack" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>{t('needTextLabel')}</label>
      <div className="row">
        <input id={id} type="text" value={text} maxLength={NEED_TEXT_MAX} placeholder={t('needTextPlaceholder')} autoComplete="off" onChange={(event) => setText(event.target.value)} />
        <button type="submit" disabled={busy || !text.trim()}>
          {t('addNeed')}
        </button>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </form>
  );
}

export function NeedsList({ needs }: { needs: readonly Need[] }) {
  if (needs.length === 0) return <EmptyState>{t('needsEmpty')}</EmptyState>;
  return (
    <ul className="contact-list needs-list" aria-label={t('needsListLabel')}>
      {needs.map((need) => (
        <NeedRow key={need.id} need={need} />
      ))}
    </ul>
  );
}

function NeedRow({ need }: { need: Need }) {
  const [open, setOpen] = useState(false);
  const detailId = useId();
  return (
    <li className="contact-row stack need-row" data-need-status={need.status}>
      <div className="row contact-row-main">
        <p className="contact-row-text">
          <strong>{need.text}</strong>
          <span className="muted">
            {t('statusSeparator')}
            {t(`needStatus_${need.status}`)}
          </span>
        </p>
        <button type="button" aria-expanded={open} aria-controls={open ? detailId : undefined} aria-label={t('needShowDetailsLabel', need.text)} onClick={() => setOpen((value) => !value)}>
          {t('needShowDetails')}
        </button>
      </div>
      {need.outcome && !open && <p className="muted">{need.outcome}</p>}
      {open && (
        <div id={detailId}>
          <NeedDetail need={need} />
        </div>
      )}
    </li>
  );
}
