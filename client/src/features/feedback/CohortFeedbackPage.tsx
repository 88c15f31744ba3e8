import {
  COMPETENCIES,
  COMPETENCY_LABELS,
  FEEDBACK_KIND_LABELS,
  routes,
  SESSION_KIND_LABELS,
  buildPath,
  type FeedbackOverview,
  type User,
} from '@rounds/shared';
import { Link, useParams } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { formatScore } from './feedback-format';
import { useFeedbackOverview } from './feedback-queries';
import './feedback.css';

/** `/cohorts/:cohortId/feedback`: the coordinator's view of a cohort's sessions, attendance and feedback. */
export function CohortFeedbackPage() {
  const { cohortId = '' } = useParams();
  const user = useSignedInUser();
  const overview = useFeedbackOverview(cohortId);
  usePageTitle('Cohort feedback');
  return (
    <>
      <p className="back-link">
        <Link to={`/cohorts/${cohortId}`}>← The cohort</Link>
      </p>
      <div className="page-header">
        <h1>Cohort feedback</h1>
        <p className="lead">Sessions held, attendance, who still owes feedback, scores per candidate and how mentors score.</p>
        <p className="button-row">
          <a className="button button-secondary" href={buildPath(routes.feedbackCsv.path, { cohortId })} download>
            Download all feedback (CSV)
          </a>
        </p>
      </div>
      {overview.isPending && <LoadingState label="Loading the cohort’s feedback…" />}
      {overview.isError && <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.isSuccess && <OverviewDetails overview={overview.data} user={user} />}
    </>
  );
}

function OverviewDetails({ overview, user }: { overview: FeedbackOverview; user: User }) {
  const { sessions, attendance, completion, heatMap, calibration } = overview;
  const scoredCompetencies = COMPETENCIES.filter((competency) => heatMap.some((row) => row.scores[competency]));
  return (
    <>
      <Card title="Sessions and attendance">
        <p>
          <strong>{sessions.held}</strong> session{sessions.held === 1 ? '' : 's'} held
          {Object.entries(sessions.byStatus).length > 0 &&
            ` (${Object.entries(sessions.byStatus)
              .map(([status, count]) => `${count} ${status.replace('_', '-')}`)
              .join(', ')})`}
          .
        </p>
        {attendance.length > 0 && (
          <table className="data-table">
            <caption className="visually-hidden">Attendance per person</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Booked</th>
                <th scope="col">Attended</th>
                <th scope="col">No-shows</th>
              </tr>
            </thead>
            <tbody>
              {attendance.map((person) => (
                <tr key={person.userId}>
                  <th scope="row" data-label="Person">
                    {person.displayName}
                  </th>
                  <td data-label="Booked">{person.sessions}</td>
                  <td data-label="Attended">{person.attended}</td>
                  <td data-label="No-shows">
                    {person.noShows > 0 ? <span className="badge badge-revoked">{person.noShows}</span> : 0}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>

      <Card
        title="Feedback completion"
        description={`${completion.submitted} of ${completion.due} forms due in ended sessions are submitted.`}
      >
        {completion.outstanding.length === 0 ? (
          <p>Nobody owes feedback.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Feedback still owed</caption>
            <thead>
              <tr>
                <th scope="col">Who owes</th>
                <th scope="col">Form</th>
                <th scope="col">About</th>
                <th scope="col">Session</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {completion.outstanding.map((owed) => (
                <tr key={`${owed.sessionId}-${owed.kind}-${owed.author.userId}-${owed.about.userId}`}>
                  <th scope="row" data-label="Who owes">
                    {owed.author.displayName}
                  </th>
                  <td data-label="Form">{FEEDBACK_KIND_LABELS[owed.kind]}</td>
                  <td data-label="About">{owed.kind === 'self' ? '—' : owed.about.displayName}</td>
                  <td data-label="Session">
                    <Link to={`/sessions/${owed.sessionId}`}>
                      {SESSION_KIND_LABELS[owed.sessionKind]}, {formatDate(owed.endedAt, user.timeZone)}
                    </Link>
                  </td>
                  <td data-label="State">
                    <span className="badge badge-pending">{owed.state === 'draft' ? 'Draft' : 'Not started'}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>

      <Card
        title="Competencies per candidate"
        description="The mean of submitted interviewer scores (1 weak to 5 strong), mentors (M) and peers (P) apart, with how many scores each rests on. The colour follows the mentors' mean where there is one."
      >
        {heatMap.length === 0 || scoredCompetencies.length === 0 ? (
          <p>No interviewer scores yet.</p>
        ) : (
          <div
            className="fb-table-scroll"
            role="region"
            aria-label="Heat map, scrolls sideways"
            tabIndex={0} /* keyboard users can scroll it */
          >
            <table className="data-table fb-heat-map">
              <caption className="visually-hidden">Mean interviewer score per candidate and competency</caption>
              <thead>
                <tr>
                  <th scope="col">Candidate</th>
                  {scoredCompetencies.map((competency) => (
                    <th key={competency} scope="col">
                      {COMPETENCY_LABELS[competency]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {heatMap.map((row) => (
                  <tr key={row.candidate.userId}>
                    <th scope="row" data-label="Candidate">
                      {row.candidate.displayName}
                    </th>
                    {scoredCompetencies.map((competency) => {
                      const cell = row.scores[competency];
                      const mentor = row.bySource.mentor[competency];
                      const peer = row.bySource.peer[competency];
                      return (
                        <td
                          key={competency}
                          data-label={COMPETENCY_LABELS[competency]}
                          className={cell ? `fb-heat fb-heat-${Math.round((mentor ?? cell).mean)}` : 'fb-heat'}
                        >
                          {cell ? (
                            <span className="fb-heat-sources">
                              <HeatPart source="Mentors" short="M" cell={mentor} />
                              <HeatPart source="Peers" short="P" cell={peer} />
                            </span>
                          ) : (
                            '—'
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>

      <Card
        title="Calibration"
        description={
          <>
            How each mentor scores against all mentors of the cohort: a mean of{' '}
            {calibration.mentorBaseline.mean === null ? '—' : formatScore(calibration.mentorBaseline.mean)} over{' '}
            {formsText(calibration.mentorBaseline.forms)}. Above 0: more generous than the other mentors. Peers’ scores are not
            compared with mentors’: {formsText(calibration.peers.forms)} from peers
            {calibration.peers.mean === null ? '' : `, with a mean of ${formatScore(calibration.peers.mean)}`}.
          </>
        }
      >
        {calibration.mentors.length === 0 ? (
          <p>No mentor has submitted scores yet.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Score spread per mentor against all mentors</caption>
            <thead>
              <tr>
                <th scope="col">Mentor</th>
                <th scope="col">Forms</th>
                <th scope="col">Mean</th>
                <th scope="col">Spread (SD)</th>
                <th scope="col">Range</th>
                <th scope="col">Against all mentors</th>
              </tr>
            </thead>
            <tbody>
              {calibration.mentors.map((row) => (
                <tr key={row.mentor.userId}>
                  <th scope="row" data-label="Mentor">
                    {row.mentor.displayName}
                  </th>
                  <td data-label="Forms">{row.forms}</td>
                  <td data-label="Mean">{row.mean === null ? '—' : formatScore(row.mean)}</td>
                  <td data-label="Spread (SD)">{row.standardDeviation === null ? '—' : formatScore(row.standardDeviation)}</td>
                  <td data-label="Range">{row.min === null ? '—' : `${row.min}–${row.max}`}</td>
                  <td data-label="Against all mentors">
                    {row.difference === null ? '—' : `${row.difference > 0 ? '+' : ''}${formatScore(row.difference)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}

/** One source's part of a heat-map cell: "M 3.5 (2)", read as "Mentors 3.5 from 2 scores". */
function HeatPart({ source, short, cell }: { source: string; short: string; cell: { mean: number; count: number } | undefined }) {
  if (!cell) return null;
  return (
    <span className="fb-heat-part">
      <abbr title={source} aria-hidden="true">
        {short}
      </abbr>
      <span className="visually-hidden">{source}</span> {formatScore(cell.mean)}{' '}
      <span className="fb-heat-count">
        ({cell.count}
        <span className="visually-hidden"> {cell.count === 1 ? 'score' : 'scores'}</span>)
      </span>
    </span>
  );
}

function formsText(forms: number): string {
  return `${forms} form${forms === 1 ? '' : 's'}`;
}
