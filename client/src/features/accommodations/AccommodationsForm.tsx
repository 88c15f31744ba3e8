import { EXTRA_TIME_MULTIPLIERS, type Accommodations, type ExtraTime } from '@rounds/shared';
import { useState, type SubmitEvent } from 'react';
import { SelectField } from '../../components/fields';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { isApiError } from '../../lib/api';
import { useUpdateAccommodations } from './accommodations-queries';

const EXTRA_TIME_OPTIONS = EXTRA_TIME_MULTIPLIERS.map((value) => ({
  value: String(value),
  label: value === 1 ? 'None' : `×${value} (answer timers and pacing run ${value} times as long)`,
}));

const FLAGS: { key: Exclude<keyof Accommodations, 'extraTime'>; label: string }[] = [
  { key: 'audioOnly', label: 'Audio only: join rooms with the camera off (your partner is told you join by audio)' },
  { key: 'reducedMotion', label: 'Reduced motion: no animation, whatever the browser is set to' },
  { key: 'timerAnnouncements', label: 'Timer announcements: screen readers hear the answer timer at each pacing step' },
];

interface AccommodationsFormProps {
  userId: string;
  /** Whose they are, for the labels: "your" or a member's name. */
  whose?: string;
  initial: Accommodations;
  onSaved: (saved: Accommodations) => void;
}

/**
 * The four accommodation settings and a save button. No reason is asked: partners see only that extra time or
 * audio-only applies.
 */
export function AccommodationsForm({ userId, whose, initial, onSaved }: AccommodationsFormProps) {
  const update = useUpdateAccommodations(userId);
  const [draft, setDraft] = useState<Accommodations>(initial);
  const [saved, setSaved] = useState(false);
  const context = whose ? ` for ${whose}` : '';

  function change(next: Accommodations) {
    setSaved(false);
    setDraft(next);
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate(draft, {
      onSuccess: (result) => {
        setSaved(true);
        onSaved(result);
      },
    });
  }

  const error = update.error ? (isApiError(update.error) ? update.error.detail : update.error.message) : null;
  return (
    <form className="form accommodations-form" onSubmit={handleSubmit} noValidate>
      <FormAlert message={error} />
      <SelectField
        label={`Extra time${context}`}
        options={EXTRA_TIME_OPTIONS}
        value={String(draft.extraTime)}
        onChange={(event) => change({ ...draft, extraTime: Number(event.target.value) as ExtraTime })}
      />
      <fieldset className="field accommodation-choices">
        <legend>Other accommodations{context}</legend>
        {FLAGS.map(({ key, label }) => (
          <label key={key} className="checkbox">
            <input type="checkbox" checked={draft[key]} onChange={(event) => change({ ...draft, [key]: event.target.checked })} />
            {label}
          </label>
        ))}
      </fieldset>
      <p className="button-row">
        <SubmitButton pending={update.isPending} pendingLabel="Saving…">
          Save accommodations
        </SubmitButton>
      </p>
      <StatusMessage message={saved ? 'Accommodations saved.' : null} />
    </form>
  );
}
