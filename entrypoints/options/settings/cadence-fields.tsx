import { useId } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { circleLabel } from '@/lib/contacts/labels';
import { TRACKED_CIRCLES, type TrackedCircle } from '@/lib/model/enums';
import { FieldError } from './controls';
import type { CadenceFields as Cadence, FieldErrors, SettingsForm } from './settings-form';

type Cadences = SettingsForm['cadences'];
type GraduateTo = Cadences['new']['graduateTo'];

/** The circles with a cadence of their own; new connections follow the 24-7-30 steps instead. */
const CADENCED_CIRCLES = TRACKED_CIRCLES.filter((circle): circle is Exclude<TrackedCircle, 'new'> => circle !== 'new');
const STEPS = ['followUpStep1', 'followUpStep2', 'followUpStep3'] as const satisfies readonly MessageKey[];
const GRADUATE_TO: readonly GraduateTo[] = [...CADENCED_CIRCLES, 'untracked'];

interface DaysInputProps {
  label: string;
  value: string;
  error: string | undefined;
  /** An error shown elsewhere that concerns this field too (the steps' order). */
  sharedErrorId?: string | undefined;
  onChange: (value: string) => void;
}

function DaysInput({ label, value, error, sharedErrorId, onChange }: DaysInputProps) {
  const id = useId();
  const describedBy = error ? `${id}-error` : sharedErrorId;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={3650}
        step={1}
        value={value}
        aria-invalid={describedBy ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

interface CadenceRowProps {
  legend: string;
  value: Cadence;
  path: string;
  errors: FieldErrors;
  sharedErrorId?: string | undefined;
  onChange: (value: Cadence) => void;
}

function CadenceRow({ legend, value, path, errors, sharedErrorId, onChange }: CadenceRowProps) {
  return (
    <fieldset className="cadence-row">
      <legend>{legend}</legend>
      <DaysInput
        label={t('dueAfterDays')}
        value={value.idealDays}
        error={errors[`${path}.idealDays`]}
        sharedErrorId={sharedErrorId}
        onChange={(idealDays) => onChange({ ...value, idealDays })}
      />
      <DaysInput label={t('overdueAfterDays')} value={value.maxDays} error={errors[`${path}.maxDays`]} onChange={(maxDays) => onChange({ ...value, maxDays })} />
    </fieldset>
  );
}

/** Each circle's due and overdue days, then the new connections' three follow-up steps and where they graduate to. */
export function CadenceFields({ cadences, errors, onChange }: { cadences: Cadences; errors: FieldErrors; onChange: (cadences: Cadences) => void }) {
  const stepsErrorId = useId();
  const graduateId = useId();
  const editStep = (index: number) => (value: Cadence) => {
    const steps = [...cadences.new.steps] as Cadences['new']['steps'];
    steps[index] = value;
    onChange({ ...cadences, new: { ...cadences.new, steps } });
  };
  return (
    <>
      <h3>{t('cadencesHeading')}</h3>
      <p className="muted">{t('cadencesIntro')}</p>
      {CADENCED_CIRCLES.map((circle) => (
        <CadenceRow
          key={circle}
          legend={circleLabel(circle)}
          value={cadences[circle]}
          path={`cadences.${circle}`}
          errors={errors}
          onChange={(value) => onChange({ ...cadences, [circle]: value })}
        />
      ))}

      <h3>{t('newConnectionsHeading')}</h3>
      <p className="muted">{t('newConnectionsIntro')}</p>
      {STEPS.map((label, index) => (
        <CadenceRow
          key={label}
          legend={t(label)}
          value={cadences.new.steps[index]!}
          path={`cadences.new.steps.${index}`}
          errors={errors}
          sharedErrorId={errors['cadences.new.steps'] ? stepsErrorId : undefined}
          onChange={editStep(index)}
        />
      ))}
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
