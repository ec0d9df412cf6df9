import { useId } from 'react';
import { t } from '@/lib/i18n';
import { circleLabel, followUpStepLabel } from '@/lib/contacts/labels';
import { TRACKED_CIRCLES, type TrackedCircle } from '@/lib/model/enums';
import type { Settings } from '@/lib/storage/settings';
import { FieldError } from './controls';
import type { CadenceFields as Cadence, FieldErrors, SettingsForm } from './settings-form';

type Cadences = SettingsForm['cadences'];
type GraduateTo = Cadences['new']['graduateTo'];

/** The circles with a cadence of their own; new connections follow the 24-7-30 steps instead. */
const CADENCED_CIRCLES = TRACKED_CIRCLES.filter((circle): circle is Exclude<TrackedCircle, 'new'> => circle !== 'new');
/** The 24-7-30 steps, each named by what it is for with its day as stored ("Day 7: a personal touch"). */
const STEPS = [0, 1, 2] as const;
const GRADUATE_TO: readonly GraduateTo[] = [...CADENCED_CIRCLES, 'untracked'];

interface DaysCellProps {
  /** The ids of the row's and the column's headers: the input's name is "Inner Due after (days)". */
  labelledBy: string;
  value: string;
  error: string | undefined;
  /** An error shown elsewhere that concerns this field too (the steps' order). */
  sharedErrorId?: string | undefined;
  onChange: (value: string) => void;
  onCommit: () => void;
}

function DaysCell({ labelledBy, value, error, sharedErrorId, onChange, onCommit }: DaysCellProps) {
  const id = useId();
  const describedBy = error ? `${id}-error` : sharedErrorId;
  return (
    <td>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={3650}
        step={1}
        value={value}
        aria-labelledby={labelledBy}
        aria-invalid={describedBy ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onCommit}
      />
      <FieldError id={`${id}-error`} error={error} />
    </td>
  );
}

interface CadenceRowProps {
  label: string;
  value: Cadence;
  path: string;
  errors: FieldErrors;
  columns: { due: string; overdue: string };
  sharedErrorId?: string | undefined;
  onChange: (value: Cadence) => void;
  onCommit: () => void;
}

function CadenceRow({ label, value, path, errors, columns, sharedErrorId, onChange, onCommit }: CadenceRowProps) {
  const rowId = useId();
  return (
    <tr>
      <th scope="row" id={rowId}>
        {label}
      </th>
      <DaysCell
        labelledBy={`${rowId} ${columns.due}`}
        value={value.idealDays}
        error={errors[`${path}.idealDays`]}
        sharedErrorId={sharedErrorId}
        onChange={(idealDays) => onChange({ ...value, idealDays })}
        onCommit={onCommit}
      />
      <DaysCell
        labelledBy={`${rowId} ${columns.overdue}`}
        value={value.maxDays}
        error={errors[`${path}.maxDays`]}
        onChange={(maxDays) => onChange({ ...value, maxDays })}
        onCommit={onCommit}
      />
    </tr>
  );
}

/**
 * Circles and cadences as one compact table: each circle's due and overdue
 * days, then the new connections' 24-7-30 steps, named by what each is for,
 * and where a new connection goes after the last one.
 */
export function CadenceFields({
  cadences,
  stored,
  errors,
  onChange,
  onCommit,
}: {
  cadences: Cadences;
  /** The stored steps' days name the steps ("Day 7"): a box being typed in does not rename its row. */
  stored: Settings['cadences'];
  errors: FieldErrors;
  onChange: (cadences: Cadences) => void;
  /** A field was left: save now rather than after the pause. */
  onCommit: () => void;
}) {
  const stepsErrorId = useId();
  const graduateId = useId();
  const columns = { due: useId(), overdue: useId() };
  const editStep = (index: number) => (value: Cadence) => {
    const steps = [...cadences.new.steps] as Cadences['new']['steps'];
    steps[index] = value;
    onChange({ ...cadences, new: { ...cadences.new, steps } });
  };
  return (
    <>
      <p className="muted">{t('cadencesIntro')}</p>
      <table className="cadence-table">
        <thead>
          <tr>
            <th scope="col">{t('cadenceCircleColumn')}</th>
            <th scope="col" id={columns.due}>
              {t('dueAfterDays')}
            </th>
            <th scope="col" id={columns.overdue}>
              {t('overdueAfterDays')}
            </th>
          </tr>
        </thead>
        <tbody>
          {CADENCED_CIRCLES.map((circle) => (
            <CadenceRow
              key={circle}
              label={circleLabel(circle)}
              value={cadences[circle]}
              path={`cadences.${circle}`}
              errors={errors}
              columns={columns}
              onChange={(value) => onChange({ ...cadences, [circle]: value })}
              onCommit={onCommit}
            />
          ))}
        </tbody>
        <tbody>
          <tr>
            <th scope="colgroup" colSpan={3} className="cadence-group">
              {t('newConnectionsHeading')}
            </th>
          </tr>
          {STEPS.map((index) => (
            <CadenceRow
              key={index}
              label={followUpStepLabel(index, stored.new.steps[index].idealDays)}
              value={cadences.new.steps[index]!}
              path={`cadences.new.steps.${index}`}
              errors={errors}
              columns={columns}
              sharedErrorId={errors['cadences.new.steps'] ? stepsErrorId : undefined}
              onChange={editStep(index)}
              onCommit={onCommit}
            />
          ))}
        </tbody>
      </table>
      <p className="muted">{t('newConnectionsIntro')}</p>
      <FieldError id={stepsErrorId} error={errors['cadences.new.steps']} />
      <div className="field">
        <label htmlFor={graduateId}>{t('graduateToLabel')}</label>
        <select
          id={graduateId}
          value={cadences.new.graduateTo}
          onChange={(event) => onChange({ ...cadences, new: { ...cadences.new, graduateTo: event.target.value as GraduateTo } })}
        >
          {GRADUATE_TO.map((circle) => (
            <option key={circle} value={circle}>
              {circleLabel(circle)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
