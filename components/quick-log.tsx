import { useEffect, useId, useRef, useState } from 'react';
import { lazyPart } from '@/components/ui/lazy-part';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { loggedSentence, logTypeLabel, touchpointTypeLabel } from '@/lib/contacts/labels';
import { defaultFocus, type Contact, type Focus, type TouchpointType } from '@/lib/model/schema';
import { TOUCHPOINT_TYPES } from '@/lib/model/enums';
import type { TouchpointTarget } from '@/lib/model/commands';
import type { ToBackgroundResult } from '@/lib/messaging/to-background';
import { DEFAULT_LOG_TYPES, readLastLogType, rememberLogType, type LogSubjectKind } from '@/lib/storage/last-log-type';
import { showPageToast } from '@/lib/stores/toast-store';
import { CirclePicker } from '@/components/circle-picker';
import { MenuButton } from '@/components/ui/menu-button';
import { ErrorMessage } from '@/components/ui/status-message';
import { AskReadinessNote } from '@/components/person/relationship-strength';
import { LazyIntroductionForm } from '@/components/introductions/lazy-introduction-form';
import { canTieToNeed } from '@/lib/needs/need-types';

/** The need picker (and its read of your open needs) is a lazy chunk: the logger's first paint never waits for it. */
const NeedPicker = lazyPart(() => import('@/components/need-picker').then((module) => module.default));

export interface QuickLogSubject {
  target: TouchpointTarget;
  /** The person's name, shown in confirmations (text only). */
  name: string;
  post?: { urn: string | null; url: string | null };
  /** Who the log is with, when known: their relationship speaks before an ask. `null`: not in Rapport yet. */
  relationship?: Contact | null;
}

type LogResult = ToBackgroundResult<'logTouchpoint'>;

/**
 * One-click logging you can predict: the primary button names the type it
 * logs ("Log a message") and remembers the last type chosen from its ▾ menu,
 * a give/ask switch (give by default; asks default to ask) and an optional
 * note. Every log is confirmed in the page's one toast, with Undo, which
 * outlives this component (a due row that leaves the list). After a log that
 * added the person, a labelled circle picker, unless the page shows one anyway.
 */
export function QuickLog({
  subject,
  type: fixedType,
  offerCircle = true,
  focusNote = false,
  noteLabel = t('noteLabel'),
  needId: presetNeedId,
  onLogged,
  offerIntroduce = false,
}: {
  subject: QuickLogSubject;
  /** Start with this type instead of the remembered one (an ask from "who could help"). */
  type?: TouchpointType;
  /** Offer a circle picker after a log adds the person (off where the page shows one anyway). */
  offerCircle?: boolean;
  /** Focus the note on open (an ask: "What are you asking for?"). */
  focusNote?: boolean;
  /** The note's label, when the moment asks a question of it. */
  noteLabel?: string;
  /** Start tied to this need (an ask from a need's "who could help"). */
  needId?: string;
  onLogged?: (result: LogResult) => void;
  /** Offer "Introduce…" (an introduction with this person, a give) when they are in Rapport. Off where the page has its own. */
  offerIntroduce?: boolean;
}) {
  const kind: LogSubjectKind = subject.post ? 'post' : 'person';
  const [mainType, setMainType] = useState<TouchpointType>(fixedType ?? DEFAULT_LOG_TYPES[kind]);
  const [focus, setFocus] = useState<Focus | null>(null);
  const [note, setNote] = useState('');
  const [needId, setNeedId] = useState(presetNeedId ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<LogResult['contact'] | null>(null);
  const [introducing, setIntroducing] = useState(false);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const ids = { note: useId(), focus: useId() };

  useEffect(() => {
    if (fixedType) return;
    let live = true;
    void readLastLogType(kind).then((type) => live && setMainType(type));
    return () => {
      live = false;
    };
  }, [kind, fixedType]);
  useEffect(() => {
    if (focusNote) noteRef.current?.focus();
  }, [focusNote]);

  async function log(type: TouchpointType) {
    if (busy) return;
    setBusy(true);
    setError(null);
    if (type !== mainType) {
      setMainType(type);
      void rememberLogType(kind, type).catch(() => undefined);
    }
    try {
      performance.mark('rapport:log-click');
      const result = await sendToBackground({
        type: 'logTouchpoint',
        target: subject.target,
        touchpoint: {
          type,
          focus: focus ?? defaultFocus(type),
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(subject.post?.urn ? { postUrn: subject.post.urn } : {}),
          ...(subject.post?.url ? { postUrl: subject.post.url } : {}),
          ...(needId && canTieToNeed(type) ? { needId } : {}),
        },
      });
      performance.mark('rapport:log-committed');
      setNote('');
      if (result.contactCreated && offerCircle) setAdded(result.contact);
      showPageToast({
        text: loggedSentence(result.touchpoint.type, result.contact.name, result.contactCreated),
        // Takes back this log only: the person the log added goes too only if nothing else was recorded for them since.
        undo: async () => {
          await sendToBackground({ type: 'undoTouchpoint', id: result.touchpoint.id });
          setAdded(null);
        },
        returnFocus: primaryRef.current,
        focusUndo: true,
      });
      onLogged?.(result);
    } catch (caught) {
      setError(toRapportError(caught).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="quick-log stack" role="group" aria-label={t('quickLogGroup', subject.name)}>
      {/* First, not hidden under the buttons: whether this touch is about them or about you is part of every log (the 90% rule). */}
      <fieldset className="row focus-switch">
        <legend>{t('focusLegend')}</legend>
        {(['give', 'ask'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name={ids.focus} value={value} checked={(focus ?? defaultFocus(mainType)) === value} onChange={() => setFocus(value)} onClick={() => setFocus(value)} />{' '}
            {value === 'give' ? t('focusGive') : t('focusAsk')}
          </label>
        ))}
      </fieldset>
      {(focus ?? defaultFocus(mainType)) === 'ask' && subject.relationship !== undefined && <AskReadinessNote contact={subject.relationship} />}
      <div className="row split-button">
        {/* aria-disabled, not disabled: focus stays on the button while the write runs. */}
        <button ref={primaryRef} type="button" className="primary" aria-disabled={busy || undefined} onClick={() => void log(mainType)}>
          {logTypeLabel(mainType)}
        </button>
        <MenuButton
          className="primary split-toggle"
          label={t('logOtherTypes', subject.name)}
          disabled={busy}
          items={TOUCHPOINT_TYPES.map((type) => ({ key: type, label: touchpointTypeLabel(type), onSelect: () => void log(type) }))}
        >
          ▾
        </MenuButton>
      </div>
      <label htmlFor={ids.note} className="stack note-field">
        {noteLabel}
        <textarea ref={noteRef} id={ids.note} rows={2} value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
      </label>
      {offerIntroduce && 'contactId' in subject.target && !introducing && (
        <button type="button" className="introduce-button" onClick={() => setIntroducing(true)}>
          {t('introduceButton')}
        </button>
      )}
      {introducing && 'contactId' in subject.target && (
        <LazyIntroductionForm
          subject={{ contactId: subject.target.contactId, name: subject.name }}
          onCancel={() => setIntroducing(false)}
          onDone={() => {
            setIntroducing(false);
            showPageToast({ text: t('introductionSaved'), returnFocus: primaryRef.current });
          }}
        />
      )}
      {canTieToNeed(mainType) && (
        <NeedPicker value={needId} onChange={setNeedId} />
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {added && <CirclePicker key={added.id} contactId={added.id} circle={added.circle} />}
    </div>
  );
}
