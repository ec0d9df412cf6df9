import { useId, useMemo, useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import { canonicalProfileUrl } from '@/lib/linkedin/profile-url';
import { INTRODUCTION_PURPOSE_MAX, type IntroductionDraft, type IntroductionPartyDraft } from '@/lib/model/introduction';
import { LIMITS } from '@/lib/model/schema';
import { createSearchStore } from '@/lib/stores/contact-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { useAction } from '@/components/hooks/use-action';
import { EmptyState, ErrorMessage } from '@/components/ui/status-message';

/** Who introduced whom, from the person's point of view. */
type Role = 'made' | 'receivedFrom' | 'receivedTo';
const ROLES: readonly Role[] = ['made', 'receivedFrom', 'receivedTo'];
const ROLE_LABELS = { made: 'introductionRoleMade', receivedFrom: 'introductionRoleReceivedFrom', receivedTo: 'introductionRoleReceivedTo' } as const;

interface Picked {
  contactId: string;
  name: string;
}

/** The draft the form describes; an error message key when it is not complete. */
export function draftOf(
  subject: Picked,
  fields: { role: Role; picked: Picked | null; outsideName: string; outsideUrl: string; purpose: string },
): IntroductionDraft | 'introductionNeedsOther' | 'introductionBadUrl' {
  let other: IntroductionPartyDraft;
  if (fields.picked) other = { contactId: fields.picked.contactId };
  else {
    const name = fields.outsideName.trim();
    if (!name) return 'introductionNeedsOther';
    const typedUrl = fields.outsideUrl.trim();
    // Typed or pasted without the scheme ("linkedin.com/in/jane-doe") is still the same profile.
    const profileUrl = typedUrl ? canonicalProfileUrl(/^https?:\/\//i.test(typedUrl) ? typedUrl : `https://${typedUrl}`) : undefined;
    if (profileUrl === null) return 'introductionBadUrl';
    other = profileUrl ? { name, profileUrl } : { name };
  }
  const self = { contactId: subject.contactId };
  const purpose = fields.purpose.trim();
  return {
    kind: fields.role === 'made' ? 'made' : 'received',
    ...(fields.role === 'receivedTo' ? { a: other, b: self } : { a: self, b: other }),
    ...(purpose ? { purpose } : {}),
  };
}

/**
 * "Introduce…": record an introduction with this person. The other person is
 * chosen from Rapport by search, or typed as a name and (optionally) a
 * LinkedIn profile URL when they are not in Rapport.
 */
export function IntroductionForm({ subject, onDone, onCancel }: { subject: Picked; onDone(): void; onCancel(): void }) {
  const formId = useId();
  const [role, setRole] = useState<Role>('made');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Picked | null>(null);
  const [outsideName, setOutsideName] = useState('');
  const [outsideUrl, setOutsideUrl] = useState('');
  const [purpose, setPurpose] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const draft = draftOf(subject, { role, picked, outsideName, outsideUrl, purpose });
    if (typeof draft === 'string') {
      setInvalid(t(draft));
      return;
    }
    setInvalid(null);
    if (await run(() => sendToBackground({ type: 'addIntroduction', introduction: draft }))) onDone();
  }

  return (
    <form className="stack introduction-form" aria-label={t('introductionFormLabel')} onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="stack">
        <legend>{t('introductionRoleLabel')}</legend>
        {ROLES.map((value) => (
          <label key={value} className="row">
            <input type="radio" name={`${formId}-role`} value={value} checked={role === value} onChange={() => setRole(value)} />
            {t(ROLE_LABELS[value], subject.name)}
          </label>
        ))}
      </fieldset>
      <fieldset className="stack">
        <legend>{t('introductionOtherLegend')}</legend>
        {picked ? (
          <p className="row">
            <span>{t('introductionPicked', picked.name)}</span>
            <button type="button" onClick={() => setPicked(null)}>
              {t('introductionChangePick')}
            </button>
          </p>
        ) : (
          <>
            <label htmlFor={`${formId}-search`}>{t('introductionSearchLabel')}</label>
            <input id={`${formId}-search`} type="search" value={query} autoComplete="off" onChange={(event) => setQuery(event.target.value)} />
            {query.trim() && <PickResults query={query.trim()} exclude={subject.contactId} onPick={(person) => setPicked(person)} />}
            <p className="muted">{t('introductionOutsideHint')}</p>
            <label htmlFor={`${formId}-name`}>{t('introductionOutsideName')}</label>
            <input id={`${formId}-name`} type="text" value={outsideName} maxLength={LIMITS.name} onChange={(event) => setOutsideName(event.target.value)} />
            <label htmlFor={`${formId}-url`}>{t('introductionOutsideUrl')}</label>
            <input id={`${formId}-url`} type="url" value={outsideUrl} maxLength={LIMITS.url} placeholder="https://www.linkedin.com/in/…" onChange={(event) => setOutsideUrl(event.target.value)} />
          </>
        )}
      </fieldset>
      <label htmlFor={`${formId}-purpose`}>{t('introductionPurposeLabel')}</label>
      <input
        id={`${formId}-purpose`}
        type="text"
        value={purpose}
        maxLength={INTRODUCTION_PURPOSE_MAX}
        placeholder={t('introductionPurposePlaceholder')}
        onChange={(event) => setPurpose(event.target.value)}
      />
      {(invalid ?? error) && <ErrorMessage>{invalid ?? error}</ErrorMessage>}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('introductionSubmit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** People in Rapport matching the search (the person themselves left out), each a button that chooses them. */
function PickResults({ query, exclude, onPick }: { query: string; exclude: string; onPick(person: Picked): void }) {
  const store = useMemo(() => createSearchStore(query), [query]);
  const state = useLiveQueryStore(store);
  if (state.status === 'error') return <ErrorMessage>{state.error}</ErrorMessage>;
  if (state.status === 'loading') return null;
  const people = state.data.filter((contact) => contact.id !== exclude);
  if (people.length === 0) return <EmptyState>{t('introductionSearchNoResults', query)}</EmptyState>;
  return (
    <ul className="contact-list introduction-picks">
      {people.map((contact) => (
        <li key={contact.id} className="row">
          <button type="button" aria-label={t('introductionPick', contact.name)} onClick={() => onPick({ contactId: contact.id, name: contact.name })}>
            {contact.name}
          </button>
          {contact.headline && <span className="muted">{contact.headline}</span>}
        </li>
      ))}
    </ul>
  );
}
