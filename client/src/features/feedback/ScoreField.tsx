import { RUBRIC, SCORE_LEVELS, type Competency, type ScoreLevel } from '@rounds/shared';
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

/** A competency's score field, with the rubric's focus as the hint and its level descriptors. */
export function CompetencyScoreField({
  competency,
  ...props
}: { competency: Competency } & Omit<ScoreFieldProps, 'name' | 'label' | 'hint' | 'levels'>) {
  const rubric = RUBRIC[competency];
  return <ScoreField {...props} name={`score-${competency}`} label={rubric.label} hint={rubric.focus} levels={rubric.levels} />;
}
