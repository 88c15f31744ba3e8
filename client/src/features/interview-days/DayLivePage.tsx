import { INTERVIEW_DAY_RULES, type InterviewDayLive, type LivePerson, type LiveStation } from '@rounds/shared';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { timeIn } from '../scheduling/zoned-time';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { liveStateText, ROOM_PHASE_WORDS } from './day-words';
import { useInterviewDay, useInterviewDayLive } from './interview-day-queries';
import './interview-days.css';

/** `/interview-days/:dayId/live`: every room of the day now, asked again every few seconds (coordinators). */
export function DayLivePage() {
  const { dayId = '' } = useParams();
  const user = useSignedInUser();
  const day = useInterviewDay(dayId);
  const live = useInterviewDayLive(dayId);
  usePageTitle(day.data ? `${day.data.title}: live` : 'Interview day: live');

  return (
    <>
      <p className="back-link">
        <Link to={`/interview-days/${dayId}`}>← The day</Link>
      </p>
      <div className="page-header">
        <h1>{day.data ? `${day.data.title}: live` : 'Interview day: live'}</h1>
        <p className="lead" role="status">
          {live.data && day.data ? liveStateText(live.data, day.data.rotationCount, user.timeZone) : ''}
        </p>
        {live.data && (
          <p className="page-meta">Updated at {timeIn(live.data.serverNow, user.timeZone)}; refreshes every few seconds.</p>
        )}
      </div>
      {live.isPending && <LoadingState label="Loading every room…" />}
      {live.isError && <ErrorState error={live.error} onRetry={() => void live.refetch()} />}
      {live.isSuccess && <LateAlert live={live.data} />}
      {live.isSuccess && (
        <ul className="day-live-stations" aria-label="Stations">
          {live.data.stations.map((station) => (
            <StationNow key={station.stationId} station={station} />
          ))}
        </ul>
      )}
    </>
  );
}

function StationNow({ station }: { station: LiveStation }) {
  const { session } = station;
  return (
    <li className="day-live-station" aria-label={station.name}>
      <h3>{station.name}</h3>
      {session === null ? (
        <p className="muted">No candidate at this station this rotation.</p>
      ) : (
        <>
          <p>
            Rotation {session.rotation + 1} · Room: {ROOM_PHASE_WORDS[session.roomPhase]}
            {session.runningLate && <span className="badge badge-pending sch-inline-badge">Running late</span>}
          </p>
          <ul className="day-live-people">
            <PersonNow role="Interviewer" person={session.interviewer} />
            <PersonNow role="Candidate" person={session.candidate} />
          </ul>
          <p>
            <Link to={`/sessions/${session.sessionId}/room`}>
              Observe the room<span className="visually-hidden"> of {station.name}</span>
            </Link>
          </p>
        </>
      )}
    </li>
  );
}

function PersonNow({ role, person }: { role: string; person: LivePerson }) {
  return (
    <li>
      {role}: <strong>{person.displayName}</strong>{' '}
      {person.present ? (
        <span className="badge badge-accepted">In the room</span>
      ) : person.absent ? (
        <span className="badge badge-revoked">Absent</span>
      ) : (
        <span className="badge">{person.joinedAt ? 'Left the room' : 'Not joined yet'}</span>
      )}
    </li>
  );
}

/**
 * Who is not in their room although their rotation started more than a couple of minutes ago: what a coordinator
 * acts on first (a message, a call, a standby). Stays empty, and silent, while everyone is where they should be.
 */
function LateAlert({ live }: { live: InterviewDayLive }) {
  // Only while a rotation runs: after it, the live view's badges already show who never came.
  const late = live.stations.flatMap((station) =>
    live.state === 'rotation' && station.session
      ? [
          { person: station.session.interviewer, role: 'interviewer' },
          { person: station.session.candidate, role: 'candidate' },
        ]
          .filter(({ person }) => person.absent)
          .map(({ person, role }) => ({ ...person, role, station: station.name, sessionId: station.session!.sessionId }))
      : [],
  );
  return (
    <div role="alert" className={late.length > 0 ? 'form-alert day-late-alert' : 'form-alert-empty'}>
      {late.length > 0 && (
        <>
          <p>
            <strong>
              {late.length === 1 ? 'Someone is late' : `${late.length} people are late`}: not in the room{' '}
              {INTERVIEW_DAY_RULES.absentAfterMinutes} minutes after rotation {(live.rotation ?? 0) + 1} started.
            </strong>
          </p>
          <ul>
            {late.map((person) => (
              <li key={`${person.sessionId}-${person.userId}`}>
                {person.displayName} ({person.role}, {person.station}) ·{' '}
                <Link to={`/sessions/${person.sessionId}`}>
                  Session page<span className="visually-hidden"> of {person.station}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
