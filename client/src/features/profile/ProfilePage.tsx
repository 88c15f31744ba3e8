import { PERSONA_LABELS, PERSONAS, ROLE_LABELS, updateProfileRequestSchema, type Persona, type User } from '@rounds/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { AccommodationsForm } from '../accommodations/AccommodationsForm';
import { Card } from '../../components/Card';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { TimeZoneField } from '../../components/TimeZoneField';
import { currentUserKey } from '../../lib/query-client';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { experienceLevelFromSelect, TRACK_OPTIONS, trackFromSelect } from './profile-options';
import { useUpdateProfile } from './profile-queries';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { levelOptions } from '../../lib/level-options';

const FIELDS = ['displayName', 'timeZone', 'track', 'experienceLevel', 'specialty', 'bio', 'interviewerPersonas'] as const;
type ProfileField = (typeof FIELDS)[number];

export function ProfilePage() {
  usePageTitle('Profile');
  const user = useSignedInUser();
  const saveOwnAccommodations = useSaveOwnAccommodations(user);
  return (
    <>
      <div className="page-header">
        <h1>Your profile</h1>
        <p className="lead">Your cohort sees your name, track and time zone; mentors also read your specialty and bio.</p>
      </div>
      <Card title="About you" description={<AccountLine user={user} />}>
        <ProfileForm key={user.id} user={user} />
      </Card>
      <Card
        title="Accommodations"
        description="Used in every room and in solo practice. A coordinator of your cohort can set these for you too. Your partner sees only that extra time or audio-only applies, never why."
      >
        <AccommodationsForm key={user.id} userId={user.id} initial={user.accommodations} onSaved={saveOwnAccommodations} />
      </Card>
    </>
  );
}

/** Your own accommodations apply at once: the signed-in user carries them. */
function useSaveOwnAccommodations(user: User) {
  const queryClient = useQueryClient();
  return (accommodations: User['accommodations']) => queryClient.setQueryData(currentUserKey, { ...user, accommodations });
}

function AccountLine({ user }: { user: User }) {
  return (
    <>
      Signed in with {user.email} · {user.roles.map((role) => ROLE_LABELS[role]).join(', ')} ·{' '}
      <Link to="/account">Password, your data and deleting your account</Link>
    </>
  );
}

function ProfileForm({ user }: { user: User }) {
  const updateProfile = useUpdateProfile();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const [track, setTrack] = useState(user.track);
  const [experienceLevel, setExperienceLevel] = useState(user.experienceLevel);
  const [specialty, setSpecialty] = useState(user.specialty ?? '');
  const [bio, setBio] = useState(user.bio ?? '');
  const [interviewerPersonas, setInterviewerPersonas] = useState<Persona[]>(user.interviewerPersonas);
  const isMentor = user.roles.includes('mentor');
  const [errors, setErrors] = useState<FormErrors<ProfileField>>(noFormErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const [saved, setSaved] = useState(false);

  /** Wraps a setter so that editing after a save clears the "saved" message. */
  function edit<T>(setter: (value: T) => void) {
    return (value: T) => {
      setSaved(false);
      setter(value);
    };
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { displayName, timeZone, track, experienceLevel, specialty, bio, ...(isMentor ? { interviewerPersonas } : {}) };
    const invalid = validateWithSchema(updateProfileRequestSchema, body, FIELDS);
    setErrors(invalid ?? noFormErrors());
    setSaved(false);
    if (invalid) return;
    updateProfile.mutate(body, {
      onSuccess: (updated) => {
        setDisplayName(updated.displayName);
        setSpecialty(updated.specialty ?? '');
        setBio(updated.bio ?? '');
        setSaved(true);
      },
      onError: (error) => setErrors(formErrorsFrom(error, FIELDS)),
    });
  }

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      <FormAlert message={errors.form} />
      <TextField
        label="Display name"
        name="displayName"
        autoComplete="name"
        required
        maxLength={80}
        value={displayName}
        onChange={(event) => edit(setDisplayName)(event.target.value)}
        error={errors.fields.displayName}
      />
      <TimeZoneField value={timeZone} onChange={edit(setTimeZone)} required error={errors.fields.timeZone} />
      <div className="field-row">
        <SelectField
          label="Track"
          optional
          options={TRACK_OPTIONS}
          value={track ?? ''}
          onChange={(event) => edit(setTrack)(trackFromSelect(event.target.value))}
          error={errors.fields.track}
        />
        <SelectField
          label="Experience level"
          optional
          options={levelOptions(track, 'Not set')}
          value={experienceLevel ?? ''}
          onChange={(event) => edit(setExperienceLevel)(experienceLevelFromSelect(event.target.value))}
          error={errors.fields.experienceLevel}
        />
      </div>
      <TextField
        label="Specialty"
        optional
        name="specialty"
        maxLength={120}
        hint="For example “Internal medicine → clinical informatics” or “Clinical analyst”."
        value={specialty}
        onChange={(event) => edit(setSpecialty)(event.target.value)}
        error={errors.fields.specialty}
      />
      <TextAreaField
        label="Bio"
        optional
        name="bio"
        maxLength={1000}
        hint={`${isMentor ? 'A few lines for your candidates: your role and what you like to probe.' : 'A few lines for your mentors: where you are and what you are aiming for.'} ${bio.length}/1000 characters.`}
        value={bio}
        onChange={(event) => edit(setBio)(event.target.value)}
        error={errors.fields.bio}
      />
      {isMentor && (
        <PersonaChoices
          value={interviewerPersonas}
          onChange={edit(setInterviewerPersonas)}
          error={errors.fields.interviewerPersonas}
        />
      )}
      <div className="form-actions">
        <SubmitButton pending={updateProfile.isPending} pendingLabel="Saving…">
          Save profile
        </SubmitButton>
        <StatusMessage message={saved ? 'Your profile is saved.' : null} />
      </div>
    </form>
  );
}

/** Mentors choose which interviewers they can play; candidates booking a persona are matched on it. */
function PersonaChoices({ value, onChange, error }: { value: Persona[]; onChange: (next: Persona[]) => void; error?: string }) {
  const errorId = 'interviewer-personas-error';
  return (
    <fieldset
      className={error ? 'field field-invalid persona-choices' : 'field persona-choices'}
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        Interviewer roles you can play <span className="field-optional">(mentors)</span>
      </legend>
      <p className="field-hint">
        Candidates who ask for one of these are offered your free times. Leave all unticked to accept any.
      </p>
      {PERSONAS.map((persona) => (
        <label key={persona} className="checkbox">
          <input
            type="checkbox"
            checked={value.includes(persona)}
            onChange={(event) => onChange(event.target.checked ? [...value, persona] : value.filter((p) => p !== persona))}
          />
          {PERSONA_LABELS[persona]}
        </label>
      ))}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
