import { INTERVIEW_DAY_RULES, PERSONA_LABELS, PERSONAS, scriptOverrunWarning, type Persona } from '@rounds/shared';
import { SelectField, TextField, type SelectOption } from '../../components/fields';
import { oneOf } from '../../lib/one-of';
import { range } from '../../lib/range';
import type { StationDraft, StationField } from './day-draft';

const MINUTES = range(INTERVIEW_DAY_RULES.stationMinutes.min, INTERVIEW_DAY_RULES.stationMinutes.max, 1).map((minutes) => ({
  value: String(minutes),
  label: `${minutes} minutes`,
}));
const PERSONA_OPTIONS = PERSONAS.map((persona) => ({ value: persona, label: PERSONA_LABELS[persona] }));

interface StationRowProps {
  station: StationDraft;
  /** 0-based position in the circuit. */
  index: number;
  /** With each script's length, so picking a station script also sets the station's minutes. */
  scripts: readonly (SelectOption & { persona: Persona; minutes: number })[];
  interviewers: readonly SelectOption[];
  errors: Partial<Record<StationField, string>> | undefined;
  /** Null for the only station: a day needs one. */
  onRemove: (() => void) | null;
  onChange: (patch: Partial<StationDraft>) => void;
}

/** One station of the circuit: its name, script and persona, length and the interviewer who stays there. */
export function StationRow({ station, index, scripts, interviewers, errors = {}, onRemove, onChange }: StationRowProps) {
  const number = index + 1;
  return (
    <fieldset className="day-station">
      <legend>Station {number}</legend>
      <div className="field-row">
        <TextField
          label={`Station ${number} name`}
          optional
          hint={`Shown to everyone; “Station ${number}: <persona>” when left empty.`}
          maxLength={80}
          value={station.name}
          onChange={(event) => onChange({ name: event.target.value })}
          error={errors.name}
        />
        <SelectField
          label={`Station ${number} interviewer`}
          hint="A mentor, or a candidate taking the station as a peer. They stay in this room all day."
          options={[{ value: '', label: 'Choose who interviews here' }, ...interviewers]}
          value={station.interviewerId}
          onChange={(event) => onChange({ interviewerId: event.target.value })}
          error={errors.interviewerId}
        />
      </div>
      <div className="field-row">
        <SelectField
          label={`Station ${number} script`}
          options={[{ value: '', label: 'Choose a script' }, ...scripts]}
          value={station.scriptId}
          onChange={(event) => {
            const script = scripts.find((option) => option.value === event.target.value);
            const fits =
              script &&
              script.minutes >= INTERVIEW_DAY_RULES.stationMinutes.min &&
              script.minutes <= INTERVIEW_DAY_RULES.stationMinutes.max;
            onChange({
              scriptId: event.target.value,
              ...(script ? { persona: script.persona } : {}),
              ...(fits ? { minutes: String(script.minutes) } : {}),
            });
          }}
          error={errors.scriptId}
        />
        <SelectField
          label={`Station ${number} persona`}
          hint="Whom the interviewer plays."
          options={PERSONA_OPTIONS}
          value={station.persona}
          onChange={(event) => onChange({ persona: oneOf(PERSONAS, event.target.value) ?? station.persona })}
          error={errors.persona}
        />
        <SelectField
          label={`Station ${number} length`}
          options={MINUTES}
          value={station.minutes}
          onChange={(event) => onChange({ minutes: event.target.value })}
          error={errors.minutes}
        />
      </div>
      <StationScriptFit station={station} scripts={scripts} />
      {onRemove && (
        <p className="button-row">
          <button type="button" className="button button-quiet button-small" onClick={onRemove}>
            Remove station {number}
          </button>
        </p>
      )}
    </fieldset>
  );
}

/** Warns when the station's script runs longer than the station (the room then asks what fits). */
function StationScriptFit({ station, scripts }: Pick<StationRowProps, 'station' | 'scripts'>) {
  const script = scripts.find((option) => option.value === station.scriptId);
  const warning = script ? scriptOverrunWarning(script.minutes, 'mentor_interview', Number(station.minutes)) : null;
  return (
    <p className={warning ? 'notice notice-warning' : 'visually-hidden'} role="status">
      {warning ?? ''}
    </p>
  );
}
