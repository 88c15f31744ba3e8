import { SCORE_LEVELS, type ScoreLevel } from '@rounds/shared';
import { RadioGroupField } from '../../components/fields';

interface ScoreFieldProps {
  /** Unique per form, so two groups never share radio names. */
  name: string;
  label: string;
  hint?: string;
  /** What each level means; without it the levels show their number only. */
  levels?: Record<ScoreLevel, string>;
  value: number | undefined;
  onChange: (score: number) => void;
  required?: boolean;
  error?: string;
}

/** A score from 1 to 5 as a radio group, each level with what it means. */
export function ScoreField({ name, label, hint, levels, value, onChange, required, error }: ScoreFieldProps) {
  return (
    <RadioGroupField
      name={name}
      label={label}
      hint={hint}
      required={required}
      error={error}
      className="fb-score"
      value={value}
      onChange={onChange}
      options={SCORE_LEVELS.map((level) => ({ value: level, label: String(level), description: levels?.[level] }))}
    />
  );
}

/** What a competency's field holds: a level, or "not observed" when the session gave no chance to see it. */
export type CompetencyAnswer = ScoreLevel | typeof NOT_OBSERVED;
export const NOT_OBSERVED = 'not_observed';
