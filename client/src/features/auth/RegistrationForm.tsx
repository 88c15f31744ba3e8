import { isConfirmationSent, registerRequestSchema, type ExperienceLevel, type Track, type User } from '@rounds/shared';
import { useRef, useState, type SubmitEvent } from 'react';
import { SelectField, TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { TimeZoneField } from '../../components/TimeZoneField';
import { browserTimeZone } from '../../lib/format';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { experienceLevelFromSelect, TRACK_OPTIONS, trackFromSelect } from '../profile/profile-options';
import { CheckYourInbox } from './CheckYourInbox';
import { useRegister } from './session';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { levelOptions } from '../../lib/level-options';

const FIELDS = ['email', 'displayName', 'password', 'timeZone', 'track', 'experienceLevel'] as const;
type RegistrationField = (typeof FIELDS)[number];

interface RegistrationFormProps {
  /** Registering through an invitation: its token, and the address it was sent to (not editable). */
  invitation?: { token: string; email: string };
  submitLabel: string;
  /**
   * Called with the new account, already signed in on the server (through an invitation, or the first account of
   * a new deployment). Open registration instead waits for the link it e-mails; the form then says so itself.
   */
  onRegistered: (user: User) => void;
}

export function RegistrationForm({ invitation, submitLabel, onRegistered }: RegistrationFormProps) {
  const register = useRegister();
  const [email, setEmail] = useState(invitation?.email ?? '');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [track, setTrack] = useState<Track | null>(null);
  const [experienceLevel, setExperienceLevel] = useState<ExperienceLevel | null>(null);
  const [errors, setErrors] = useState<FormErrors<RegistrationField>>(noFormErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const [confirmationSentTo, setConfirmationSentTo] = useState<string | null>(null);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      email,
      displayName,
      password,
      timeZone,
      track: track ?? undefined,
      experienceLevel: experienceLevel ?? undefined,
      invitationToken: invitation?.token,
    };
    const invalid = validateWithSchema(registerRequestSchema, body, FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    register.mutate(body, {
      onSuccess: (result) => (isConfirmationSent(result) ? setConfirmationSentTo(result.email) : onRegistered(result)),
      onError: (error) => setErrors(formErrorsFrom(error, FIELDS, { invitationToken: 'The invitation link' })),
    });
  }

  if (confirmationSentTo !== null) return <CheckYourInbox email={confirmationSentTo} />;

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      <FormAlert message={errors.form} />
      <TextField
        label="E-mail address"
        type="email"
        name="email"
        autoComplete="email"
        required
        readOnly={invitation !== undefined}
        hint={invitation ? 'The invitation was sent to this address, so your account uses it.' : undefined}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.fields.email}
      />
      <TextField
        label="Display name"
        name="displayName"
        autoComplete="name"
        required
        maxLength={80}
        hint="How mentors and your cohort will see you, e.g. “Dr. Priya Raman”."
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={errors.fields.displayName}
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. A short sentence is easy to remember."
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.fields.password}
      />
      <TimeZoneField value={timeZone} onChange={setTimeZone} required error={errors.fields.timeZone} />
      <div className="field-row">
        <SelectField
          label="Track"
          optional
          options={TRACK_OPTIONS}
          value={track ?? ''}
          onChange={(event) => setTrack(trackFromSelect(event.target.value))}
          error={errors.fields.track}
        />
        <SelectField
          label="Experience level"
          optional
          options={levelOptions(track, 'Not set')}
          value={experienceLevel ?? ''}
          onChange={(event) => setExperienceLevel(experienceLevelFromSelect(event.target.value))}
          error={errors.fields.experienceLevel}
        />
      </div>
      <SubmitButton pending={register.isPending} pendingLabel="Creating your account…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
