import {
  createInterviewDayRequestSchema,
  INTERVIEW_DAY_RULES,
  PERSONA_LABELS,
  ROLE_LABELS,
  TRACK_LABELS,
  type CohortDetail,
  type Role,
  type User,
  zoneName,
} from '@rounds/shared';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Card } from '../../components/Card';
import { TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { SubmitButton } from '../../components/SubmitButton';
import { timeZoneLabel } from '../../lib/format';
import { fieldErrorSentence } from '../../lib/form-errors';
import { withNotice } from '../../lib/navigation-notice';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { useSignedInUser } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { useCohort } from '../cohorts/cohort-queries';
import { addDays, wallClock } from '../scheduling/zoned-time';
import { useScripts } from '../scripts/script-queries';
import {
  dayDraftErrors,
  dayRequestFrom,
  dayServerErrors,
  missingChoices,
  newStationDraft,
  noDayErrors,
  type DayDraft,
  type DayFormErrors,
  type StationDraft,
} from './day-draft';
import { useCreateInterviewDay } from './interview-day-queries';
import { StationRow } from './StationRow';
import './interview-days.css';

/** `/cohorts/:cohortId/interview-days/new`: a coordinator builds a circuit of stations for the cohort's candidates. */
export function CreateInterviewDayPage() {
  const { cohortId = '' } = useParams();
  const user = useSignedInUser();
  const cohort = useCohort(cohortId);
  usePageTitle('Build an interview day');
  return (
    <>
      <p className="back-link">
        <Link to={`/cohorts/${cohortId}`}>← {cohort.data?.name ?? 'Cohort'}</Link>
      </p>
      <div className="page-header">
        <h1>Build an interview day</h1>
        <p className="lead">
          Stations, each with an interviewer who stays in their room; candidates move through every station once, on one clock.
          Times are in your zone, {timeZoneLabel(user.timeZone)}.
        </p>
      </div>
      {cohort.isPending && <LoadingState label="Loading the cohort…" />}
      {cohort.isError && <ErrorState error={cohort.error} onRetry={() => void cohort.refetch()} />}
      {cohort.isSuccess && !cohort.data.myRoles.includes('coordinator') && (
        <div className="error-state" role="alert">
          <p>Only the coordinators of {cohort.data.name} build its interview days.</p>
        </div>
      )}
      {cohort.isSuccess && cohort.data.myRoles.includes('coordinator') && <DayForm cohort={cohort.data} user={user} />}
    </>
  );
}

interface Member {
  userId: string;
  displayName: string;
  roles: Role[];
}

/** One entry per person of the cohort, with every role they hold there. */
function membersOf(cohort: CohortDetail): Member[] {
  const byId = new Map<string, Member>();
  for (const member of cohort.members) {
    const known = byId.get(member.userId);
    if (known) known.roles.push(member.role);
    else byId.set(member.userId, { userId: member.userId, displayName: member.displayName, roles: [member.role] });
  }
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

function DayForm({ cohort, user }: { cohort: CohortDetail; user: User }) {
  const navigate = useNavigate();
  const create = useCreateInterviewDay(cohort.id);
  const scripts = useScripts({ cohortId: cohort.id });
  const members = membersOf(cohort);
  const candidates = members.filter((member) => member.roles.includes('candidate'));
  const interviewers = members
    .filter((member) => member.roles.includes('mentor') || member.roles.includes('candidate'))
    .map((member) => ({
      value: member.userId,
      label: `${member.displayName} (${member.roles
        .filter((role) => role !== 'coordinator')
        .map((role) => ROLE_LABELS[role])
        .join(', ')
        .toLowerCase()})`,
    }));
  // MMI station scripts first: an interview day is usually a circuit of them.
  const scriptOptions = [...(scripts.data ?? [])]
    .sort((a, b) => Number(b.persona === 'mmi_station') - Number(a.persona === 'mmi_station'))
    .map((script) => ({
      value: script.id,
      label: `${script.title} · ${script.totalMinutes} min · ${TRACK_LABELS[script.track]} · ${PERSONA_LABELS[script.persona]}${script.builtIn ? ' (built-in)' : ''}`,
      persona: script.persona,
      minutes: script.totalMinutes,
    }));

  const [draft, setDraft] = useState<DayDraft>(() => ({
    title: 'Interview day',
    date: addDays(wallClock(Date.now(), user.timeZone).date, 1),
    startTime: '09:00',
    gapMinutes: String(INTERVIEW_DAY_RULES.gapMinutes.default),
    stations: [newStationDraft('program_director')],
    candidateIds: [],
  }));
  const [errors, setErrors] = useState<DayFormErrors>(noDayErrors);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  const candidatesHintId = useId();
  const candidatesErrorId = useId();
  const stationsErrorId = useId();

  const set = (patch: Partial<DayDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const changeStation = (key: number, patch: Partial<StationDraft>) =>
    setDraft((current) => ({
      ...current,
      stations: current.stations.map((station) => (station.key === key ? { ...station, ...patch } : station)),
    }));
  const toggleCandidate = (userId: string, on: boolean) =>
    setDraft((current) => ({
      ...current,
      // Kept in the order the list shows them, so the server's "candidateIds.<i>" points at the right box.
      candidateIds: candidates
        .map((candidate) => candidate.userId)
        .filter((id) => (id === userId ? on : current.candidateIds.includes(id))),
    }));

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = dayRequestFrom(draft, user.timeZone);
    const parsed = createInterviewDayRequestSchema.safeParse(body);
    const found = dayDraftErrors([...missingChoices(draft), ...(parsed.success ? [] : parsed.error.issues)], draft);
    if (found) return setErrors(found);
    setErrors(noDayErrors());
    create.mutate(body, {
      onSuccess: (day) =>
        void navigate(`/interview-days/${day.id}`, {
          state: withNotice(
            `${day.title} is built: ${day.rotationCount} rotations. Everyone taking part is e-mailed their itinerary.`,
          ),
        }),
      onError: (error) => setErrors(dayServerErrors(error, draft)),
    });
  }

  return (
    <form ref={form} className="form" onSubmit={handleSubmit} noValidate>
      <FormAlert message={errors.form} />
      <Card title="The day">
        <div className="form">
          <TextField
            label="Title"
            maxLength={120}
            value={draft.title}
            onChange={(event) => set({ title: event.target.value })}
            error={errors.fields.title}
          />
          <div className="field-row">
            <TextField
              label="Date"
              type="date"
              required
              value={draft.date}
              onChange={(event) => set({ date: event.target.value })}
              error={errors.fields.date}
            />
            <TextField
              label="Start time"
              type="time"
              required
              step={300}
              hint={`When the first rotation starts, on your clock (${zoneName(user.timeZone)}).`}
              value={draft.startTime}
              onChange={(event) => set({ startTime: event.target.value })}
              error={errors.fields.startTime}
            />
            <TextField
              label="Gap between rotations"
              type="number"
              min={0}
              max={INTERVIEW_DAY_RULES.gapMinutes.max}
              hint="Minutes for candidates to move to their next room."
              value={draft.gapMinutes}
              onChange={(event) => set({ gapMinutes: event.target.value })}
              error={errors.fields.gapMinutes}
            />
          </div>
        </div>
      </Card>

      <Card
        title="Stations"
        description={`Up to ${INTERVIEW_DAY_RULES.maxStations}, each ${INTERVIEW_DAY_RULES.stationMinutes.min}–${INTERVIEW_DAY_RULES.stationMinutes.max} minutes. Every rotation lasts as long as the longest station.`}
      >
        {errors.fields.stations && (
          <p id={stationsErrorId} className="field-error">
            {fieldErrorSentence('The day', errors.fields.stations)}
          </p>
        )}
        {scripts.isError && <ErrorState error={scripts.error} onRetry={() => void scripts.refetch()} />}
        <div className="day-stations">
          {draft.stations.map((station, index) => (
            <StationRow
              key={station.key}
              station={station}
              index={index}
              scripts={scriptOptions}
              interviewers={interviewers}
              errors={errors.stations[station.key]}
              onChange={(patch) => changeStation(station.key, patch)}
              onRemove={
                draft.stations.length > 1
                  ? () => set({ stations: draft.stations.filter((other) => other.key !== station.key) })
                  : null
              }
            />
          ))}
        </div>
        {draft.stations.length < INTERVIEW_DAY_RULES.maxStations && (
          <p className="button-row">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => set({ stations: [...draft.stations, newStationDraft('program_director')] })}
            >
              Add a station
            </button>
          </p>
        )}
      </Card>

      <Card title="Candidates" description="Each meets every station once.">
        <fieldset
          className="sch-fieldset"
          aria-describedby={[candidatesHintId, errors.fields.candidateIds ? candidatesErrorId : null].filter(Boolean).join(' ')}
        >
          <legend className="visually-hidden">Candidates of the day</legend>
          <p id={candidatesHintId} className="field-hint">
            {draft.candidateIds.length === 0
              ? 'Nobody picked yet.'
              : `${draft.candidateIds.length} picked. With more candidates than stations, some wait a rotation.`}
          </p>
          {errors.fields.candidateIds && (
            <p id={candidatesErrorId} className="field-error">
              {fieldErrorSentence('The day', errors.fields.candidateIds)}
            </p>
          )}
          {candidates.length === 0 ? (
            <p>The cohort has no candidates yet: invite some from the cohort page.</p>
          ) : (
            <ul className="day-candidates">
              {candidates.map((candidate) => (
                <CandidateCheck
                  key={candidate.userId}
                  name={candidate.displayName}
                  checked={draft.candidateIds.includes(candidate.userId)}
                  error={errors.candidates[candidate.userId]}
                  onChange={(on) => toggleCandidate(candidate.userId, on)}
                />
              ))}
            </ul>
          )}
        </fieldset>
      </Card>

      <div className="form-actions">
        <SubmitButton pending={create.isPending} pendingLabel="Building the day…">
          Build the day
        </SubmitButton>
      </div>
    </form>
  );
}

function CandidateCheck({
  name,
  checked,
  error,
  onChange,
}: {
  name: string;
  checked: boolean;
  error: string | undefined;
  onChange: (on: boolean) => void;
}) {
  const errorId = useId();
  return (
    <li>
      <label className="sch-check">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        {name}
      </label>
      {error && (
        <p id={errorId} className="field-error">
          {fieldErrorSentence(name, error)}
        </p>
      )}
    </li>
  );
}
