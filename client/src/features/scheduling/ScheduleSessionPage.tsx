import {
  fieldLabel,
  PARTICIPANT_ROLES,
  PERSONA_LABELS,
  ROLE_LABELS,
  SESSION_KIND_LABELS,
  SESSION_KINDS,
  SESSION_MINUTES,
  startTimeProblem,
  TRACK_LABELS,
  TRACK_PERSONAS,
  TRACKS,
  scheduleSessionRequestSchema,
  scriptOverrunWarning,
  type CohortDetail,
  type ParticipantRole,
  type Persona,
  type Role,
  type SessionKind,
  type Track,
  type User,
  zoneName,
} from '@rounds/shared';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Card } from '../../components/Card';
import { SelectField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { SubmitButton } from '../../components/SubmitButton';
import { ApiError } from '../../lib/api';
import { timeZoneLabel } from '../../lib/format';
import { CHECK_FIELDS_MESSAGE, fieldErrorSentence } from '../../lib/form-errors';
import { withNotice } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { oneOf } from '../../lib/one-of';
import { range } from '../../lib/range';
import { useCohort } from '../cohorts/cohort-queries';
import { useScripts } from '../scripts/script-queries';
import { RowSelect } from './RowField';
import { useScheduleSession } from './scheduling-queries';
import { PARTICIPANT_ROLE_LABELS, kindTitle } from './session-display';
import { instantFromWallClock } from './instant-from-wall-clock';
import { addDays, shortDateTimeIn, wallClock } from './zoned-time';
import { SessionTimeFields } from './SessionTimeFields';
import { currentTime, useToday } from './use-today';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

const DURATIONS = range(SESSION_MINUTES.min, SESSION_MINUTES.coordinatorMax, 5);
/** Local hours outside which a start is flagged as night time for that person. */
const DAY_STARTS = 7;
const DAY_ENDS = 22;

/** `/cohorts/:cohortId/schedule`: a coordinator places members of the cohort into a session. */
export function ScheduleSessionPage() {
  const { cohortId = '' } = useParams();
  const user = useSignedInUser();
  const cohort = useCohort(cohortId);
  usePageTitle('Schedule a session');

  return (
    <>
      <p className="back-link">
        <Link to={`/cohorts/${cohortId}/calendar`}>← Cohort calendar</Link>
      </p>
      <div className="page-header">
        <h1>Schedule a session</h1>
        <p className="lead">
          {cohort.data ? `${cohort.data.name}. ` : ''}Times are in your zone, {timeZoneLabel(user.timeZone)}; each person’s local
          time is shown beside them.
        </p>
      </div>
      {cohort.isPending && <LoadingState label="Loading the cohort…" />}
      {cohort.isError && <ErrorState error={cohort.error} onRetry={() => void cohort.refetch()} />}
      {cohort.isSuccess && !cohort.data.myRoles.includes('coordinator') && (
        <div className="error-state" role="alert">
          <p>Only the coordinators of {cohort.data.name} schedule sessions for its members.</p>
        </div>
      )}
      {cohort.isSuccess && cohort.data.myRoles.includes('coordinator') && <ScheduleForm cohort={cohort.data} user={user} />}
    </>
  );
}

interface Person {
  userId: string;
  displayName: string;
  timeZone: string;
  /** The roles they hold in the cohort, e.g. ["mentor"]. */
  cohortRoles: Role[];
}

interface PersonPick {
  included: boolean;
  role: ParticipantRole;
}

type ScheduleField = 'kind' | 'track' | 'personas' | 'date' | 'time' | 'durationMinutes' | 'participants' | 'scriptId';

interface ScheduleErrors {
  fields: Partial<Record<ScheduleField, string>>;
  /** By user id: a message for one person's row. */
  people: Record<string, string>;
  form: string | null;
}

const noErrors = (): ScheduleErrors => ({ fields: {}, people: {}, form: null });

function ScheduleForm({ cohort, user }: { cohort: CohortDetail; user: User }) {
  const navigate = useNavigate();
  const schedule = useScheduleSession(cohort.id);
  const people = peopleOf(cohort);
  const [kind, setKind] = useState<SessionKind>('mentor_interview');
  const [track, setTrack] = useState<Track>('residency_fellowship');
  const [personas, setPersonas] = useState<Persona[]>([]);
  const [date, setDate] = useState(() => addDays(wallClock(Date.now(), user.timeZone).date, 1));
  const [time, setTime] = useState('');
  const [duration, setDuration] = useState(String(SESSION_MINUTES.default));
  const [picks, setPicks] = useState<Record<string, PersonPick>>(() =>
    Object.fromEntries(people.map((person) => [person.userId, { included: false, role: defaultRole(person) }])),
  );
  const [scriptId, setScriptId] = useState('');
  const [errors, setErrors] = useState<ScheduleErrors>(noErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const scripts = useScripts({ cohortId: cohort.id, track });
  const personasId = useId();
  const peopleHintId = useId();
  const peopleErrorId = useId();

  const today = useToday(user.timeZone);
  const startsAt = date && time ? instantFromWallClock(date, time, user.timeZone) : null;
  const chosen = people.filter((person) => picks[person.userId]?.included);

  function changeTrack(next: Track) {
    setTrack(next);
    setPersonas((current) => current.filter((persona) => TRACK_PERSONAS[next].includes(persona)));
    setScriptId('');
  }

  function togglePersona(persona: Persona, on: boolean) {
    setPersonas((current) => (on ? [...current, persona] : current.filter((p) => p !== persona)));
  }

  function pick(userId: string, patch: Partial<PersonPick>) {
    setPicks((current) => ({ ...current, [userId]: { ...current[userId], ...patch } }));
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = noErrors();
    if (!date) found.fields.date = 'is required';
    if (!time) found.fields.time = 'is required';
    const startProblem = startsAt ? startTimeProblem(Date.parse(startsAt), currentTime()) : null;
    if (startProblem) found.fields.time = startProblem;
    if (chosen.length < 2) found.fields.participants = 'needs at least two people';
    const body = {
      kind,
      track,
      personas,
      startsAt: startsAt ?? '',
      durationMinutes: Number(duration),
      participants: chosen.map((person) => ({ userId: person.userId, role: picks[person.userId].role })),
      ...(scriptId ? { scriptId } : {}),
    };
    if (Object.keys(found.fields).length === 0) {
      const result = scheduleSessionRequestSchema.safeParse(body);
      if (!result.success) for (const issue of result.error.issues) place(found, issue.path.map(String), issue.message, chosen);
    }
    if (Object.keys(found.fields).length > 0 || Object.keys(found.people).length > 0 || found.form) {
      setErrors({ ...found, form: found.form ?? CHECK_FIELDS_MESSAGE });
      return;
    }
    setErrors(noErrors());
    schedule.mutate(body, {
      onSuccess: (session) =>
        void navigate(`/cohorts/${cohort.id}/calendar`, {
          state: withNotice(
            `Scheduled: ${kindTitle(session).toLowerCase()} on ${shortDateTimeIn(session.startsAt, user.timeZone)} (your time) with ${chosen.map((person) => person.displayName).join(', ')}. Everyone is told.`,
          ),
        }),
      onError: (error) => setErrors(serverErrors(error, chosen)),
    });
  }

  // The script the session will use (the one chosen, or the built-in the server picks), against the time it gets.
  const firstPersona = personas[0] ?? TRACK_PERSONAS[track][0];
  const sessionScript = (scripts.data ?? []).find((script) =>
    scriptId ? script.id === scriptId : script.builtIn && script.track === track && script.persona === firstPersona,
  );
  const scriptWarning = sessionScript ? scriptOverrunWarning(sessionScript.totalMinutes, kind, Number(duration)) : null;

  const scriptOptions = [
    { value: '', label: 'The built-in script for the track and first interviewer role' },
    ...(scripts.data ?? [])
      .filter((script) => script.track === track)
      .map((script) => ({
        value: script.id,
        label: `${script.title} · ${PERSONA_LABELS[script.persona]}${script.builtIn ? ' (built-in)' : ''}`,
      })),
  ];

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      <FormAlert message={errors.form} />
      <Card title="The session">
        <div className="form">
          <div className="field-row">
            <SelectField
              label="Session type"
              options={SESSION_KINDS.map((value) => ({ value, label: SESSION_KIND_LABELS[value] }))}
              value={kind}
              onChange={(event) => setKind(oneOf(SESSION_KINDS, event.target.value) ?? 'mentor_interview')}
              error={errors.fields.kind}
            />
            <SelectField
              label="Track"
              options={TRACKS.map((value) => ({ value, label: TRACK_LABELS[value] }))}
              value={track}
              onChange={(event) => changeTrack(oneOf(TRACKS, event.target.value) ?? 'residency_fellowship')}
              error={errors.fields.track}
            />
          </div>
          <fieldset
            className={errors.fields.personas ? 'sch-fieldset field-invalid' : 'sch-fieldset'}
            aria-describedby={errors.fields.personas ? `${personasId}-error` : undefined}
          >
            <legend>
              Interviewer roles <span className="field-optional">(optional)</span>
            </legend>
            <div className="sch-checks">
              {TRACK_PERSONAS[track].map((persona) => (
                <label key={persona} className="sch-check">
                  <input
                    type="checkbox"
                    checked={personas.includes(persona)}
                    onChange={(event) => togglePersona(persona, event.target.checked)}
                  />
                  {PERSONA_LABELS[persona]}
                </label>
              ))}
            </div>
            {errors.fields.personas && (
              <p id={`${personasId}-error`} className="field-error">
                {fieldErrorSentence('Interviewer roles', errors.fields.personas)}
              </p>
            )}
          </fieldset>
          <SessionTimeFields
            date={date}
            time={time}
            duration={duration}
            durations={DURATIONS}
            minDate={today}
            timeHint={`On your clock (${zoneName(user.timeZone)}).`}
            errors={errors.fields}
            onDate={setDate}
            onTime={setTime}
            onDuration={setDuration}
          />
          <SelectField
            label="Script"
            optional
            hint="The questions the interviewer follows; the session keeps a frozen copy."
            options={scriptOptions}
            value={scriptId}
            onChange={(event) => setScriptId(event.target.value)}
            error={errors.fields.scriptId}
          />
          <p className={scriptWarning ? 'notice notice-warning' : 'visually-hidden'} role="status">
            {scriptWarning ?? ''}
          </p>
        </div>
      </Card>

      <Card title="People" description="Pick at least two members of the cohort, each with a role in this session.">
        <fieldset
          className="sch-fieldset"
          aria-describedby={[peopleHintId, errors.fields.participants ? peopleErrorId : null].filter(Boolean).join(' ')}
        >
          <legend className="visually-hidden">People in the session</legend>
          <p id={peopleHintId} className="field-hint">
            {startsAt
              ? `Each person’s local start time for ${shortDateTimeIn(startsAt, user.timeZone)} (your time):`
              : 'Choose a date and start time to see each person’s local time.'}
          </p>
          {errors.fields.participants && (
            <p id={peopleErrorId} className="field-error">
              {fieldErrorSentence('The session', errors.fields.participants)}
            </p>
          )}
          <ul className="sch-people">
            {people.map((person) => (
              <PersonRow
                key={person.userId}
                person={person}
                pick={picks[person.userId]}
                startsAt={startsAt}
                isYou={person.userId === user.id}
                error={errors.people[person.userId]}
                onChange={(patch) => pick(person.userId, patch)}
              />
            ))}
          </ul>
        </fieldset>
      </Card>

      <div className="form-actions">
        <SubmitButton pending={schedule.isPending} pendingLabel="Scheduling…">
          Schedule session
        </SubmitButton>
        <span className="muted">
          {chosen.length === 0 ? 'Nobody picked yet.' : `${chosen.length} ${chosen.length === 1 ? 'person' : 'people'} picked.`}
        </span>
      </div>
    </form>
  );
}

interface PersonRowProps {
  person: Person;
  pick: PersonPick;
  startsAt: string | null;
  isYou: boolean;
  error: string | undefined;
  onChange: (patch: Partial<PersonPick>) => void;
}

function PersonRow({ person, pick, startsAt, isYou, error, onChange }: PersonRowProps) {
  const errorId = useId();
  const metaId = useId();
  const local = startsAt ? wallClock(startsAt, person.timeZone) : null;
  const hour = local ? Number(local.time.slice(0, 2)) : null;
  const night = hour !== null && (hour < DAY_STARTS || hour >= DAY_ENDS);
  return (
    <li className={pick.included ? 'sch-person sch-person-picked' : 'sch-person'}>
      <div className="sch-person-name">
        <label className="sch-check">
          <input
            type="checkbox"
            checked={pick.included}
            onChange={(event) => onChange({ included: event.target.checked })}
            aria-invalid={error ? true : undefined}
            aria-describedby={[metaId, error ? errorId : null].filter(Boolean).join(' ')}
          />
          <span>
            {person.displayName}
            {isYou && <span className="muted"> (you)</span>}
          </span>
        </label>
        <span id={metaId} className="sch-person-meta">
          {person.cohortRoles.map((role) => ROLE_LABELS[role]).join(', ')} · {zoneName(person.timeZone)}
        </span>
      </div>
      <span className="sch-person-time">
        {startsAt && (
          <>
            {shortDateTimeIn(startsAt, person.timeZone)}
            {night && <span className="badge badge-pending sch-inline-badge">Night time there</span>}
          </>
        )}
      </span>
      <RowSelect
        label="Role"
        context={person.displayName}
        className="sch-person-role"
        options={PARTICIPANT_ROLES.map((role) => ({ value: role, label: PARTICIPANT_ROLE_LABELS[role] }))}
        value={pick.role}
        disabled={!pick.included}
        onChange={(event) => onChange({ role: oneOf(PARTICIPANT_ROLES, event.target.value) ?? 'candidate' })}
      />
      {error && (
        <p id={errorId} className="field-error sch-person-error">
          {error}
        </p>
      )}
    </li>
  );
}

/** One row per person (a member may hold several roles in the cohort), coordinators last. */
function peopleOf(cohort: CohortDetail): Person[] {
  const byId = new Map<string, Person>();
  for (const member of cohort.members) {
    const person = byId.get(member.userId);
    if (person) person.cohortRoles.push(member.role);
    else
      byId.set(member.userId, {
        userId: member.userId,
        displayName: member.displayName,
        timeZone: member.timeZone,
        cohortRoles: [member.role],
      });
  }
  const rank = (person: Person) => (person.cohortRoles.includes('mentor') ? 0 : person.cohortRoles.includes('candidate') ? 1 : 2);
  return [...byId.values()].sort((a, b) => rank(a) - rank(b) || a.displayName.localeCompare(b.displayName));
}

function defaultRole(person: Person): ParticipantRole {
  if (person.cohortRoles.includes('mentor')) return 'interviewer';
  if (person.cohortRoles.includes('candidate')) return 'candidate';
  return 'observer';
}

/** Puts a message for a request path (["participants", "1", "userId"], ["startsAt"]) where the person sees it. */
function place(errors: ScheduleErrors, path: readonly string[], message: string, chosen: readonly Person[]): boolean {
  const [field, index] = path;
  if (field === 'participants' && index !== undefined) {
    const person = chosen[Number(index)];
    if (!person) return false;
    errors.people[person.userId] ??= fieldErrorSentence(person.displayName, message);
    return true;
  }
  const mapped: ScheduleField | null =
    field === 'startsAt'
      ? 'time'
      : ((['kind', 'track', 'personas', 'durationMinutes', 'participants', 'scriptId'] as const).find((f) => f === field) ??
        null);
  if (!mapped) return false;
  errors.fields[mapped] ??= message;
  return true;
}

function serverErrors(error: unknown, chosen: readonly Person[]): ScheduleErrors {
  const errors = noErrors();
  if (!(error instanceof ApiError)) return { ...errors, form: 'Something unexpected went wrong. Please try again.' };
  if (!error.hasFieldErrors) return { ...errors, form: error.detail };
  const elsewhere: string[] = [];
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if (!place(errors, field.split('.'), message, chosen)) elsewhere.push(fieldErrorSentence(fieldLabel(field), message));
  }
  return { ...errors, form: elsewhere.length > 0 ? elsewhere.join(' ') : CHECK_FIELDS_MESSAGE };
}
