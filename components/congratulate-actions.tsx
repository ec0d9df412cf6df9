import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { profileMessageUrl } from '@/lib/linkedin/message-url';

/**
 * What to do about a new role: **Congratulate** opens LinkedIn where the user
 * can write to the person and logs the congrats on the way (a button labelled
 * with a verb must do it, not only record it); **Mark as congratulated** only
 * records it (they congratulated them elsewhere); **Dismiss** drops the
 * suggestion.
 */
export function CongratulateActions({
  name,
  profileUrl,
  busy,
  onSettle,
}: {
  name: string;
  profileUrl: string;
  busy: boolean;
  onSettle: (outcome: 'congratulated' | 'dismissed') => void;
}) {
  const congratulate = () => {
    // Opened in the click itself (a user gesture), before the log's round trip.
    void browser.tabs.create({ url: profileMessageUrl(profileUrl) }).catch(() => window.open(profileMessageUrl(profileUrl), '_blank', 'noopener'));
    onSettle('congratulated');
  };
  return (
    <div className="row">
      <button type="button" className="primary" disabled={busy} onClick={congratulate} aria-label={t('congratulateLabel', name)} title={t('congratulateHint')}>
        {t('congratulate')}
      </button>
      <button type="button" disabled={busy} onClick={() => onSettle('congratulated')} aria-label={t('markCongratulatedLabel', name)}>
        {t('markCongratulated')}
      </button>
      <button type="button" disabled={busy} onClick={() => onSettle('dismissed')} aria-label={t('dismissJobChangeLabel', name)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
