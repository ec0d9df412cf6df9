import { useId } from 'react';
import { t } from '@/lib/i18n';
import { circleLabel, kindLabel } from '@/lib/contacts/labels';
import { CIRCLES, KINDS } from '@/lib/model/enums';
import { ANY_TAG, CONNECTED_RANGES, LAST_TOUCH_RANGES, NO_FILTER, NO_TAGS, isFiltered, type PeopleFilter } from '@/lib/people/people-filter';

/**
 * Search and filters over everyone: circle, kind, company, when you
 * connected, when you last touched, tag. Each applies as you type or choose.
 */
export function PeopleFilters({ filter, onChange, tags }: { filter: PeopleFilter; onChange: (filter: PeopleFilter) => void; tags: readonly string[] }) {
  const id = useId();
  const set = <K extends keyof PeopleFilter>(key: K, value: PeopleFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <div role="search" className="people-filters" aria-label={t('peopleFiltersLabel')}>
      <div className="field field-search">
        <label htmlFor={`${id}-query`}>{t('peopleSearchLabel')}</label>
        <input id={`${id}-query`} type="search" value={filter.query} placeholder={t('peopleSearchPlaceholder')} onChange={(event) => set('query', event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-circle`}>{t('peopleColumnCircle')}</label>
        <select id={`${id}-circle`} value={filter.circle} onChange={(event) => set('circle', event.target.value as PeopleFilter['circle'])}>
          <option value="any">{t('peopleFilterAny')}</option>
          {CIRCLES.map((circle) => (
            <option key={circle} value={circle}>
              {circleLabel(circle)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('peopleColumnKind')}</label>
        <select id={`${id}-kind`} value={filter.kind} onChange={(event) => set('kind', event.target.value as PeopleFilter['kind'])}>
          <option value="any">{t('peopleFilterAny')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
          <option value="none">{t('peopleFilterNoKind')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-company`}>{t('peopleColumnCompany')}</label>
        <input id={`${id}-company`} type="search" value={filter.company} onChange={(event) => set('company', event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-connected`}>{t('peopleColumnConnected')}</label>
        <select id={`${id}-connected`} value={filter.connected} onChange={(event) => set('connected', event.target.value as PeopleFilter['connected'])}>
          {CONNECTED_RANGES.map((range) => (
            <option key={range} value={range}>
              {t(`peopleConnected_${range}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-touch`}>{t('peopleColumnLastTouch')}</label>
        <select id={`${id}-touch`} value={filter.lastTouch} onChange={(event) => set('lastTouch', event.target.value as PeopleFilter['lastTouch'])}>
          {LAST_TOUCH_RANGES.map((range) => (
            <option key={range} value={range}>
              {t(`peopleLastTouch_${range}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tag`}>{t('peopleColumnTags')}</label>
        <select id={`${id}-tag`} value={filter.tag} onChange={(event) => set('tag', event.target.value)}>
          <option value={ANY_TAG}>{t('peopleFilterAny')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
          <option value={NO_TAGS}>{t('peopleFilterNoTags')}</option>
        </select>
      </div>
      <button type="button" className="field-clear" disabled={!isFiltered(filter)} onClick={() => onChange(NO_FILTER)}>
        {t('peopleClearFilters')}
      </button>
    </div>
  );
}
