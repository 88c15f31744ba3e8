import {
  canRecordNoShow,
  clearNoShowRequestSchema,
  NO_SHOW_GRACE_MINUTES,
  NO_SHOW_STATUSES,
  cancelSessionRequestSchema,
  noShowRequestSchema,
  PERSONA_LABELS,
  rescheduleSessionRequestSchema,
  SESSION_KIND_LABELS,
  SESSION_MINUTES,
  startTimeProblem,
  TRACK_LABELS,
  type Session,
  type SessionDetail,
  type User,
  zoneName,
} from '@rounds/shared';
import { useRef, useState, type SubmitEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Card } from '../../components/Card';
import { SelectField, TextAreaField } from '../../components/fields';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { SubmitButton } from '../../components/SubmitButton';
import { formatUtcOffsetSafely } from '../../lib/format';
import { CHECK_FIELDS_MESSAGE, formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { noticeFrom } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { range } from '../../lib/range';
import { useCohorts } from '../cohorts/cohort-queries';
import { SessionFeedback } from '../feedback/SessionFeedback';
import { useCancelSession, useClearNoShow, useMarkNoShow, useRescheduleSession, useSession } from './scheduling-queries';
import {
  PARTICIPANT_ROLE_LABELS,
  STATUS_LABELS,
  sessionTitle,
  namesOf,
  othersIn,
  statusBadgeClass,
  useNow,
} from './session-display';
import { JoinControl } from './SessionList';
import { instantFromWallClock } from './instant-from-wall-clock';
import { minutesBetween, shortDateTimeIn, spanIn, wallClock } from './zoned-time';
import { SessionTimeFields } from './SessionTimeFields';
import { currentTime, useToday } from './use-today';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

/** `/sessions/:sessionId`: one session's details and people, with cancel, reschedule and no-show. */
export function SessionPage() {
  const { sessionId = '' } = useParams();
  const user = useSignedInUser();
  const session = useSession(sessionId);
  const notice = noticeFrom(useLocation().state);
  const cohorts = useCohorts();
  const coordinates = Boolean(
    session.data?.cohortId &&
    cohorts.data?.some((cohort) => cohort.id === session.data.cohortId && cohort.myRoles.includes('coordinator')),
  );
  usePageTitle(session.data ? sessionTitle(session.data) : 'Session');

  const backLink =
    session.data && coordinates && !session.data.participants.some((p) => p.userId === user.id) ? (
      <Link to={`/cohorts/${session.data.cohortId}/calendar`}>← Cohort calendar</Link>
    ) : (
      <Link to="/sessions">← All sessions</Link>
    );

  if (session.isPending) return <LoadingState label="Loading the session…" />;
  if (session.isError) {
    return (
      <>
        <p className="back-link">{backLink}</p>
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </>
    );
  }
  return (
    <>
      <p className="back-link">{backLink}</p>
      <StatusMessage message={notice} />
      <SessionDetails session={session.data} user={user} coordinates={coordinates} />
    </>
  );
}

/** The session's attendance is missing right after a change (the change answers the session alone). */
type SessionWithAttendance = Session & Partial<Pick<SessionDetail, 'attendance'>>;

interface SessionDetailsProps {
  session: SessionWithAttendance;
  user: User;
  coordinates: boolean;
}

function SessionDetails({ session, user, coordinates }: SessionDetailsProps) {
  const now = useNow();
  const [changed, setChanged] = useState<string | null>(null);
  const others = othersIn(session, user.id);
  const inSession = others.length < session.participants.length;
  const title = others.length > 0 ? `${sessionTitle(session)} with ${namesOf(others)}` : sessionTitle(session);
  const started = Date.parse(session.startsAt) <= now;
  const noShowRecordable = canRecordNoShow(session, now);
  const noShowCandidates = others.filter((person) => !person.noShow);
  const recordedAbsent = session.participants.filter((person) => person.noShow);
  // After the session: what was asked, and the feedback (the server says when it has not ended yet).
  const over = started && session.status !== 'cancelled';

  return (
    <>
      <div className="page-header">
        <p className="eyebrow">{SESSION_KIND_LABELS[session.kind]}</p>
        <h1>{title}</h1>
        <p className="lead">
          <time dateTime={session.startsAt}>{spanIn(session.startsAt, session.endsAt, user.timeZone)}</time>, your time (
          {zoneName(user.timeZone)}) · <span className={statusBadgeClass(session.status)}>{STATUS_LABELS[session.status]}</span>
        </p>
        {session.interviewDay && (
          <p className="page-meta">
            Rotation {session.interviewDay.rotation + 1} of {session.interviewDay.rotationCount} of{' '}
            <Link to={`/interview-days/${session.interviewDay.dayId}`}>{session.interviewDay.title}</Link>
          </p>
        )}
        {inSession && (
          <div className="sch-header-actions">
            <JoinControl session={session} now={now} timeZone={user.timeZone} context={title} />
            {session.status === 'scheduled' && (
              // The same event as the e-mailed invites (UID and sequence), so adding it by hand makes no duplicate.
              <a className="button button-secondary" href={`/api/sessions/${session.id}/calendar.ics`} download>
                Add to calendar
              </a>
            )}
          </div>
        )}
      </div>
      <StatusMessage message={changed} />

      <Card title="Details">
        <dl className="summary-list sch-details">
          <div>
            <dt>When (your time)</dt>
            <dd>{spanIn(session.startsAt, session.endsAt, user.timeZone)}</dd>
          </div>
          <div>
            <dt>Length</dt>
            <dd>{minutesBetween(session.startsAt, session.endsAt)} minutes</dd>
          </div>
          <div>
            <dt>Track</dt>
            <dd>{TRACK_LABELS[session.track]}</dd>
          </div>
          <div>
            <dt>Interviewer role</dt>
            <dd>{session.personas.length > 0 ? session.personas.map((p) => PERSONA_LABELS[p]).join(', ') : 'Not set'}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>{STATUS_LABELS[session.status]}</dd>
          </div>
          {session.statusReason && (
            <div className="summary-wide">
              <dt>{reasonLabel(session)}</dt>
              <dd>{session.statusReason}</dd>
            </div>
          )}
        </dl>
      </Card>

      <Card title="People" description="Each person’s local time for this session.">
        <table className="data-table">
          <caption className="visually-hidden">People in this session</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Time zone</th>
              <th scope="col">Their time</th>
              <th scope="col">In the room</th>
            </tr>
          </thead>
          <tbody>
            {session.participants.map((person) => (
              <tr key={person.userId}>
                <th scope="row" data-label="Name" className="cell-strong">
                  {person.displayName}
                  {person.userId === user.id && <span className="muted"> (you)</span>}
                  {person.noShow && <span className="badge badge-revoked sch-inline-badge">No-show</span>}
                </th>
                <td data-label="Role">{PARTICIPANT_ROLE_LABELS[person.role]}</td>
                <td data-label="Time zone">
                  {zoneName(person.timeZone)}{' '}
                  <span className="nowrap muted">({formatUtcOffsetSafely(person.timeZone) ?? '?'})</span>
                </td>
                <td data-label="Their time">{spanIn(session.startsAt, session.endsAt, person.timeZone)}</td>
                <td data-label="In the room">{attendanceOf(session, person.userId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      {/* Practice now started it the moment two people were paired: there is no booking to move or cancel. */}
      {session.status === 'scheduled' && !session.instant && (
        <ChangeSession session={session} user={user} coordinates={coordinates} onChanged={setChanged} />
      )}

      {noShowRecordable && noShowCandidates.length > 0 && (
        <Card
          title="Record a no-show"
          description={`From ${NO_SHOW_GRACE_MINUTES} minutes after the start: if someone did not come, record it so the coordinator knows. The room’s attendance must agree: someone it saw in the session cannot be recorded absent.`}
        >
          <NoShowForm session={session} people={noShowCandidates} onChanged={setChanged} change="record" />
        </Card>
      )}
      {coordinates && recordedAbsent.length > 0 && (
        <Card
          title="Clear a no-show"
          description="If a no-show was recorded in error, clear it: it stops counting against the person, the room admits them again, and your reason is kept."
        >
          <NoShowForm session={session} people={recordedAbsent} onChanged={setChanged} change="clear" />
        </Card>
      )}
      {!noShowRecordable && NO_SHOW_STATUSES.includes(session.status) && (
        <p className="muted sch-note">
          If someone does not come, you can record a no-show here from {NO_SHOW_GRACE_MINUTES} minutes after the start.
        </p>
      )}

      {over && <SessionFeedback session={session} user={user} />}
    </>
  );
}

/** Whether the person has been in the room, and whether their call carried the partner's picture and sound. */
function attendanceOf(session: SessionWithAttendance, userId: string): string {
  const row = session.attendance?.find((entry) => entry.userId === userId);
  if (!row) return 'Not yet';
  const presence = row.leftAt === null ? 'In the room' : 'Was in the room';
  if (!row.call) return presence;
  if (row.call.state === 'connected') return `${presence}; call connected`;
  return `${presence}; ${row.call.firstConnectedAt ? 'call lost' : 'call never connected'}`;
}

function reasonLabel(session: Session): string {
  if (session.status === 'cancelled') return 'Why it was cancelled';
  if (session.status === 'no_show') return 'No-show note';
  return 'Why it was moved';
}

interface ChangeSessionProps {
  session: Session;
  user: User;
  coordinates: boolean;
  onChanged: (message: string) => void;
}

/** Reschedule or cancel: each opens its own small form, so neither happens by accident. */
function ChangeSession({ session, user, coordinates, onChanged }: ChangeSessionProps) {
  const [open, setOpen] = useState<'reschedule' | 'cancel' | null>(null);
  return (
    <Card
      title="Change this session"
      description="Everyone else in the session is told, with your reason; calendar invites update."
    >
      {open === null && (
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={() => setOpen('reschedule')}>
            Reschedule…
          </button>
          <button type="button" className="button button-danger" onClick={() => setOpen('cancel')}>
            Cancel session…
          </button>
        </div>
      )}
      {open === 'reschedule' && (
        <RescheduleForm
          session={session}
          user={user}
          coordinates={coordinates}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            onChanged(message);
          }}
        />
      )}
      {open === 'cancel' && (
        <CancelForm
          session={session}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            onChanged(message);
          }}
        />
      )}
    </Card>
  );
}

const CANCEL_FIELDS = ['reason'] as const;

interface ChangeFormProps {
  session: Session;
  onClose: () => void;
  onDone: (message: string) => void;
}

function CancelForm({ session, onClose, onDone }: ChangeFormProps) {
  const cancel = useCancelSession(session.id);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<(typeof CANCEL_FIELDS)[number]>>(noFormErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { reason };
    const invalid = validateWithSchema(cancelSessionRequestSchema, body, CANCEL_FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    cancel.mutate(body, {
      onSuccess: () => onDone('The session is cancelled. Everyone else in it is told, with your reason.'),
      onError: (error) => setErrors(formErrorsFrom(error, CANCEL_FIELDS)),
    });
  }

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      <h3>Cancel this session</h3>
      <FormAlert message={errors.form} />
      <ReasonField
        value={reason}
        onChange={setReason}
        error={errors.fields.reason}
        example="On call that evening, sorry — can we find another time?"
      />
      <div className="form-actions">
        <button type="submit" className="button button-danger" disabled={cancel.isPending}>
          {cancel.isPending ? 'Cancelling…' : 'Cancel the session'}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose} disabled={cancel.isPending}>
          Keep the session
        </button>
      </div>
    </form>
  );
}

/** `startsAt` is what the server names; the person typed a date and a time, so its message goes under the time. */
const RESCHEDULE_FIELDS = ['date', 'time', 'startsAt', 'durationMinutes', 'reason'] as const;
type RescheduleField = (typeof RESCHEDULE_FIELDS)[number];

function startOnTimeField(errors: FormErrors<RescheduleField>): FormErrors<RescheduleField> {
  const { startsAt, ...fields } = errors.fields;
  return startsAt ? { ...errors, fields: { ...fields, time: fields.time ?? startsAt } } : errors;
}

interface RescheduleFormProps extends ChangeFormProps {
  user: User;
  coordinates: boolean;
}

function RescheduleForm({ session, user, coordinates, onClose, onDone }: RescheduleFormProps) {
  const reschedule = useRescheduleSession(session.id);
  const current = wallClock(session.startsAt, user.timeZone);
  const currentMinutes = minutesBetween(session.startsAt, session.endsAt);
  const [date, setDate] = useState(current.date);
  const [time, setTime] = useState(current.time);
  const [duration, setDuration] = useState(String(currentMinutes));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<RescheduleField>>(noFormErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const today = useToday(user.timeZone);
  const maxMinutes = coordinates ? SESSION_MINUTES.coordinatorMax : SESSION_MINUTES.bookingMax;
  const durations = [...new Set([...range(SESSION_MINUTES.min, maxMinutes, 5), currentMinutes])].sort((a, b) => a - b);
  const startsAt = date && time ? instantFromWallClock(date, time, user.timeZone) : null;
  const others = othersIn(session, user.id);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!startsAt) {
      setErrors({
        fields: { date: date ? undefined : 'is required', time: time ? undefined : 'is required' },
        form: CHECK_FIELDS_MESSAGE,
      });
      return;
    }
    const startProblem = startTimeProblem(Date.parse(startsAt), currentTime());
    if (startProblem) {
      setErrors({ fields: { time: startProblem }, form: CHECK_FIELDS_MESSAGE });
      return;
    }
    const minutes = Number(duration);
    if (Date.parse(startsAt) === Date.parse(session.startsAt) && minutes === currentMinutes) {
      setErrors({ fields: { time: 'is the session’s current time: choose another' }, form: CHECK_FIELDS_MESSAGE });
      return;
    }
    // Sent only when it changes: the session keeps its length otherwise.
    const body = { startsAt, reason, ...(minutes !== currentMinutes ? { durationMinutes: minutes } : {}) };
    const invalid = validateWithSchema(rescheduleSessionRequestSchema, body, RESCHEDULE_FIELDS);
    setErrors(invalid ? startOnTimeField(invalid) : noFormErrors());
    if (invalid) return;
    reschedule.mutate(body, {
      onSuccess: (moved) =>
        onDone(
          `The session is moved to ${spanIn(moved.startsAt, moved.endsAt, user.timeZone)} (your time). Everyone else is told and calendar invites update.`,
        ),
      onError: (error) => setErrors(startOnTimeField(formErrorsFrom(error, RESCHEDULE_FIELDS))),
    });
  }

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      <h3>Move this session</h3>
      <FormAlert message={errors.form} />
      <p className="field-hint">
        Type the new time as it reads on your clock, in {zoneName(user.timeZone)}. It must be at least 30 minutes from now.
      </p>
      <SessionTimeFields
        labelPrefix="New "
        date={date}
        time={time}
        duration={duration}
        durations={durations}
        minDate={today}
        errors={errors.fields}
        onDate={setDate}
        onTime={setTime}
        onDuration={setDuration}
      />
      {startsAt && (
        <p className="sch-preview" aria-live="polite">
          New time: {shortDateTimeIn(startsAt, user.timeZone)} for you
          {others
            .map(
              (person) =>
                `; ${shortDateTimeIn(startsAt, person.timeZone)} for ${person.displayName} (${zoneName(person.timeZone)})`,
            )
            .join('')}
          .
        </p>
      )}
      <ReasonField value={reason} onChange={setReason} error={errors.fields.reason} />
      <div className="form-actions">
        <SubmitButton pending={reschedule.isPending} pendingLabel="Moving…">
          Move the session
        </SubmitButton>
        <button type="button" className="button button-quiet" onClick={onClose} disabled={reschedule.isPending}>
          Keep the current time
        </button>
      </div>
    </form>
  );
}

const NO_SHOW_FIELDS = ['userId', 'reason'] as const;

interface NoShowFormProps {
  session: Session;
  people: Session['participants'];
  onChanged: (message: string) => void;
  /** Record a no-show (participants and coordinators), or clear one recorded in error (coordinators, with a reason). */
  change: 'record' | 'clear';
}

const NO_SHOW_WORDS = {
  record: {
    who: 'Who did not come',
    one: (name: string) => (
      <>
        Record that <strong>{name}</strong> did not come.
      </>
    ),
    note: { label: 'Note', hint: 'For example “Waited 15 minutes; no reply to messages.”' },
    submit: ['Record no-show', 'Recording…'],
    done: (name: string) => `${name} is recorded as a no-show.`,
  },
  clear: {
    who: 'Whose no-show to clear',
    one: (name: string) => (
      <>
        Clear the no-show recorded for <strong>{name}</strong>.
      </>
    ),
    note: {
      label: 'Why the record is wrong',
      hint: 'Kept in the session’s history, e.g. “Joined by phone when the camera failed.”',
    },
    submit: ['Clear the no-show', 'Clearing…'],
    done: (name: string) => `The no-show recorded for ${name} is cleared.`,
  },
} as const;

function NoShowForm({ session, people, onChanged, change }: NoShowFormProps) {
  const recordNoShow = useMarkNoShow(session.id);
  const clearNoShow = useClearNoShow(session.id);
  const mutation = change === 'record' ? recordNoShow : clearNoShow;
  const words = NO_SHOW_WORDS[change];
  const [userId, setUserId] = useState(people[0].userId);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<(typeof NO_SHOW_FIELDS)[number]>>(noFormErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const chosen = people.find((person) => person.userId === userId) ?? people[0];

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { userId: chosen.userId, ...(reason.trim() || change === 'clear' ? { reason } : {}) };
    const schema = change === 'record' ? noShowRequestSchema : clearNoShowRequestSchema;
    const invalid = validateWithSchema(schema, body, NO_SHOW_FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    const done = {
      onSuccess: () => {
        setReason('');
        onChanged(words.done(chosen.displayName));
      },
      onError: (error: unknown) => setErrors(formErrorsFrom(error, NO_SHOW_FIELDS)),
    };
    if (change === 'record') recordNoShow.mutate(body, done);
    else clearNoShow.mutate({ userId: body.userId, reason }, done);
  }

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      <FormAlert message={errors.form} />
      {people.length > 1 ? (
        <SelectField
          label={words.who}
          options={people.map((person) => ({ value: person.userId, label: person.displayName }))}
          value={chosen.userId}
          onChange={(event) => setUserId(event.target.value)}
          error={errors.fields.userId}
        />
      ) : (
        <p>
          {words.one(chosen.displayName)}
          {errors.fields.userId && <span className="field-error"> {errors.fields.userId}</span>}
        </p>
      )}
      <TextAreaField
        label={words.note.label}
        optional={change === 'record'}
        required={change === 'clear'}
        maxLength={500}
        rows={2}
        hint={words.note.hint}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.fields.reason}
      />
      <div className="form-actions">
        <SubmitButton pending={mutation.isPending} pendingLabel={words.submit[1]} variant="secondary">
          {words.submit[0]}
        </SubmitButton>
      </div>
    </form>
  );
}

/** The reason every cancel and move carries: it is sent to the other people in the session. */
function ReasonField({
  value,
  onChange,
  error,
  example,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  example?: string;
}) {
  return (
    <TextAreaField
      label="Reason"
      required
      maxLength={500}
      rows={3}
      hint={example ? `Sent to the other people in the session, e.g. “${example}”` : 'Sent to the other people in the session.'}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}
