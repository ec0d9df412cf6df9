import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { Contact } from '@/lib/model/schema';

export const PEOPLE_PATH = '/people.html';

/** The address of Rapport's own view of a person (notes, timeline, balance, dates), on the People page. */
export const personPageUrl = (contactId: string) => `${browser.runtime.getURL(PEOPLE_PATH)}?person=${encodeURIComponent(contactId)}`;

/**
 * A person's name in any list, opening Rapport's own person view, with a
 * small link out to their LinkedIn profile beside it. Works for anyone in
 * Rapport, including people whose profile page Rapport cannot read. From the
 * popup, the side panel or the dashboard the view opens in a new tab (a link
 * there would open inside the popup or panel); on the People page, in place
 * (`onOpen`), keeping its filters and selection. `tabIndex` -1 keeps the links
 * out of the tab order where a grid moves by arrow keys instead.
 */
export function PersonLink({
  contact,
  onOpen,
  tabIndex,
}: {
  contact: Pick<Contact, 'id' | 'name' | 'profileUrl'>;
  onOpen?: (contactId: string) => void;
  tabIndex?: number;
}) {
  const url = personPageUrl(contact.id);
  return (
    <span className="person-link">
      <a
        href={url}
        tabIndex={tabIndex}
        title={t('openPersonView', contact.name)}
        onClick={(event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          if (onOpen) onOpen(contact.id);
          else void browser.tabs.create({ url });
        }}
      >
        {contact.name}
      </a>{' '}
      <a className="linkedin-out" tabIndex={tabIndex} href={contact.profileUrl} target="_blank" rel="noreferrer" aria-label={t('openProfile', contact.name)} title={t('openProfile', contact.name)}>
        {t('linkedInOut')}
      </a>
    </span>
  );
}

/** Opens the People page in a tab; a link so it is announced and keyboard operable as one. */
export function OpenPeopleLink() {
  const url = browser.runtime.getURL(PEOPLE_PATH);
  return (
    <a
      href={url}
      target="_blank"
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        void browser.tabs.create({ url });
      }}
    >
      {t('openPeople')}
    </a>
  );
}
