import { t } from '@/lib/i18n';
import { circleLabel, touchStatusLabel } from '@/lib/contacts/labels';
import { initials } from '@/lib/contacts/initials';
import type { Contact } from '@/lib/model/schema';
import type { PersonRef } from '@/lib/model/commands';

/**
 * Name, headline, link to the profile and where the relationship stands.
 *
 * The avatar is the person's initials, never their photo: an <img> of a
 * LinkedIn CDN URL in an extension page is a request from Rapport to
 * LinkedIn (it tells LinkedIn's CDN whose notes you opened, from outside the
 * page you chose to visit), and the URLs expire (`e=` parameter), so stored
 * ones break. Rapport makes no network requests; initials cost none.
 */
export function PersonHeader({ person, contact, headingId }: { person: PersonRef; contact: Contact | null; headingId: string }) {
  const name = contact?.name ?? person.name;
  const headline = contact?.headline ?? person.headline;
  return (
    <header className="person-header">
      <span className="avatar" aria-hidden="true" style={{ backgroundColor: avatarColour(person.profileUrl) }}>
        {initials(name)}
      </span>
      <div className="person-header-text">
        <h2 id={headingId} className="person-name">
          <a href={contact?.profileUrl ?? person.profileUrl} target="_blank" rel="noreferrer" title={t('openProfile', name)}>
            {name}
          </a>
        </h2>
        {headline && <p className="muted person-headline">{headline}</p>}
        <p className="touch-status">
          {contact ? `${circleLabel(contact.circle)}${t('statusSeparator')}${touchStatusLabel(contact)}` : touchStatusLabel(null)}
        </p>
      </div>
    </header>
  );
}

/** A stable colour per person, dark enough for white initials in both themes. */
function avatarColour(key: string): string {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return `hsl(${hash % 360} 45% 38%)`;
}
