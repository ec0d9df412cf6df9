import { useId } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { messageTarget } from '@/lib/linkedin/message-url';

/**
 * What to do about a new role: **Congratulate** opens LinkedIn's message
 * composer addressed to the person (by the member id their profile showed,
 * lib/linkedin/message-url.ts) and logs the congrats on the way (a button
 * labelled with a verb must do it, not only record it). Without a member id
 * yet it opens their profile and says so. **Mark as congratulated** only
 * records it (they congratulated them elsewhere); **Dismiss** drops the
 * suggestion.
 */
export function CongratulateActions({
  name,
  profileUrl,
  memberId,
  busy,
  onSettle,
}: {
  name: string;
  profileUrl: string;
  /** The contact's LinkedIn member id (`ACoAA…`), when a profile page showed it. */
  memberId?: string | undefined;
  busy: boolean;
  onSettle: (outcome: 'congratulated' | 'dismissed') => void;
}) {
  const hintId = useId();
  const target = messageTarget(profileUrl, memberId);
  const congratulate = () => {
    // Opened in the click itself (a user gesture), before the log's round trip.
    void browser.tabs.create({ url: target.url }).catch(() => window.open(target.url, '_blank', 'noopener'));
    onSettle('congratulated');
  };
  return (
    <div className="stack">
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={congratulate}
          aria-label={t('congratulateLabel', name)}
          aria-describedby={hintId}
        >
          {t('congratulate')}
        </button>
        <button type="button" disabled={busy} onClick={() => onSettle('congratulated')} aria-label={t('markCongratulatedLabel', name)}>
          {t('markCongratulated')}
        </button>
        <button type="button" disabled={busy} onClick={() => onSettle('dismissed')} aria-label={t('dismissJobChangeLabel', name)}>
          {t('dismiss')}
        </button>
      </div>
      <p id={hintId} className="muted congratulate-hint">
        {t(target.composer ? 'congratulateHint' : 'congratulateProfileHint')}
      </p>
    </div>
  );
}
