import { useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { t } from '@/lib/i18n';
import { circleLabel, kindLabel } from '@/lib/contacts/labels';
import { formatDate, formatRelativeDay } from '@/lib/format';
import type { Contact } from '@/lib/model/schema';
import { selectRange, toggle, toggleAll, type Selection } from '@/lib/people/selection';
import { PersonLink } from '@/components/person-link';

/** Every row has the same height: the window of rows to render is arithmetic, not measured. */
export const ROW_HEIGHT = 52;
/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gap. */
const OVERSCAN = 8;
/** The viewport's height before it can be measured (and in tests without layout). */
const FALLBACK_HEIGHT = 640;

/** Which rows are on screen, with the overscan: [first, end). */
export function visibleRange(scrollTop: number, viewportHeight: number, count: number): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(count, Math.ceil((scrollTop + viewportHeight) / ROW_HEIGHT) + OVERSCAN);
  return [first, end];
}

interface PeopleGridProps {
  rows: readonly Contact[];
  /**
   * How many rows the table has: `rows.length`, or more while the rest are
   * still being read (the scroll height and the row count are already
   * right; selecting everyone shown waits until every row is there).
   */
  rowCount: number;
  /** The ids of `rows`, in order (the range selection walks them). */
  order: readonly string[];
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
  onOpen: (contactId: string) => void;
  labelledBy: string;
  now: number;
}

/**
 * Everyone who matches the filters, as an ARIA grid that renders only the
 * rows on screen (a windowed list: 10,000 people cost what 30 do). One tab
 * stop; the active row follows the arrow keys (aria-activedescendant):
 * ↑ ↓ Page Up/Down Home End move, Space selects, Shift with a move or a
 * click selects a range, Ctrl+A selects everyone shown, Enter opens the person.
 */
export function PeopleGrid({ rows, rowCount, order, selection, onSelectionChange, onOpen, labelledBy, now }: PeopleGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_HEIGHT);
  const [activeState, setActive] = useState(-1);
  // A new filter may leave the remembered active row past the end.
  const active = Math.min(activeState, rows.length - 1);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight || FALLBACK_HEIGHT));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const bodyHeight = Math.max(0, viewport - ROW_HEIGHT);
  const [first, end] = visibleRange(scrollTop, bodyHeight, rows.length);
  const pageRows = Math.max(1, Math.floor(bodyHeight / ROW_HEIGHT) - 1);

  /** Moves the active row and scrolls it into view (below the sticky header). */
  function moveTo(index: number, extend: boolean) {
    if (rows.length === 0) return;
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    if (extend) onSelectionChange(selectRange(selection, order, order[next]!));
    const element = scroller.current;
    if (!element) return;
    const top = next * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + bodyHeight) element.scrollTop = top + ROW_HEIGHT - bodyHeight;
    setScrollTop(element.scrollTop);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget) return;
    const current = Math.max(active, 0);
    const extend = event.shiftKey;
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(active < 0 ? 0 : current + 1, extend),
      ArrowUp: () => moveTo(current - 1, extend),
      PageDown: () => moveTo(current + pageRows, extend),
      PageUp: () => moveTo(current - pageRows, extend),
      Home: () => moveTo(0, extend),
      End: () => moveTo(rows.length - 1, extend),
    };
    const id = active >= 0 ? order[active] : undefined;
    if (moves[event.key]) moves[event.key]!();
    else if (event.key === ' ' && id) onSelectionChange(extend ? selectRange(selection, order, id) : toggle(selection, id));
    else if (event.key === 'Enter' && id) onOpen(id);
    else if (event.key.toLowerCase() === 'a' && (event.ctrlKey || event.metaKey)) {
      if (allLoaded) onSelectionChange(toggleAll(selection, order));
    }
    else return;
    event.preventDefault();
  }

  function onCheckboxClick(event: MouseEvent<HTMLInputElement>, index: number) {
    event.stopPropagation();
    const id = order[index]!;
    setActive(index);
    onSelectionChange(event.shiftKey ? selectRange(selection, order, id) : toggle(selection, id));
  }

  const allLoaded = rowCount <= rows.length;
  const allShownSelected = order.length > 0 && order.every((id) => selection.ids.has(id));
  const someShownSelected = !allShownSelected && order.some((id) => selection.ids.has(id));
  const activeRendered = active >= first && active < end;

  return (
    <div
      ref={scroller}
      className="people-grid"
      role="grid"
      aria-labelledby={labelledBy}
      aria-multiselectable="true"
      aria-rowcount={rowCount + 1}
      aria-activedescendant={activeRendered ? rowId(active) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && active < 0 && rows.length > 0) setActive(Math.min(Math.floor(scrollTop / ROW_HEIGHT), rows.length - 1));
      }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div role="rowgroup" className="people-head">
        <div role="row" aria-rowindex={1} className="people-row">
          <div role="columnheader" className="cell-select">
            <input
              type="checkbox"
              tabIndex={-1}
              aria-label={t('peopleSelectAllShown')}
              checked={allShownSelected}
              ref={(box) => {
                if (box) box.indeterminate = someShownSelected;
              }}
              disabled={order.length === 0 || !allLoaded}
              onChange={() => onSelectionChange(toggleAll(selection, order))}
            />
          </div>
          <div role="columnheader" className="cell-name">{t('peopleColumnName')}</div>
          <div role="columnheader" className="cell-company">{t('peopleColumnCompany')}</div>
          <div role="columnheader" className="cell-circle">{t('peopleColumnCircle')}</div>
          <div role="columnheader" className="cell-kind">{t('peopleColumnKind')}</div>
          <div role="columnheader" className="cell-tags">{t('peopleColumnTags')}</div>
          <div role="columnheader" className="cell-connected">{t('peopleColumnConnected')}</div>
          <div role="columnheader" className="cell-touch">{t('peopleColumnLastTouch')}</div>
        </div>
      </div>
      <div role="rowgroup" className="people-body" style={{ height: Math.max(rowCount, rows.length) * ROW_HEIGHT }}>
        {rows.slice(first, end).map((contact, offset) => {
          const index = first + offset;
          const selected = selection.ids.has(contact.id);
          return (
            <div
              key={contact.id}
              id={rowId(index)}
              role="row"
              aria-rowindex={index + 2}
              aria-selected={selected}
              className={`people-row${index === active ? ' active' : ''}`}
              style={{ top: index * ROW_HEIGHT }}
              onClick={() => setActive(index)}
            >
              <div role="gridcell" className="cell-select">
                <input type="checkbox" tabIndex={-1} checked={selected} aria-label={t('peopleSelectPerson', contact.name)} onClick={(event) => onCheckboxClick(event, index)} onChange={() => undefined} />
              </div>
              <div role="gridcell" className="cell-name">
                <PersonLink contact={contact} onOpen={onOpen} tabIndex={-1} />
                {contact.headline && <span className="muted cell-sub">{contact.headline}</span>}
              </div>
              <div role="gridcell" className="cell-company">{contact.company ?? ''}</div>
              <div role="gridcell" className="cell-circle">{circleLabel(contact.circle)}</div>
              <div role="gridcell" className="cell-kind">{contact.kind ? kindLabel(contact.kind) : ''}</div>
              <div role="gridcell" className="cell-tags">{contact.tags.join(', ')}</div>
              <div role="gridcell" className="cell-connected">{contact.connectedAt ? formatDate(contact.connectedAt) : ''}</div>
              <div role="gridcell" className="cell-touch">{contact.lastTouchAt ? formatRelativeDay(contact.lastTouchAt, now) : t('peopleNeverTouched')}</div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

const rowId = (index: number) => `person-row-${index}`;
