import { COMPETENCY_LABELS, READINESS_LABELS, type DayCandidateScores, type InterviewDayScores } from '@rounds/shared';
import { Link, useParams } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { usePageTitle } from '../../lib/use-page-title';
import { severityWords } from './day-words';
import { ScrollingTable } from './ScrollingTable';
import { scoresCsvPath, useInterviewDay, useInterviewDayScores } from './interview-day-queries';
import './interview-days.css';

const score = (value: number | undefined | null) => (value === undefined || value === null ? '—' : value.toFixed(1));

/**
 * `/interview-days/:dayId/scores`: a candidate's stations × competencies; for coordinators every candidate, each
 * station interviewer's severity against the others, and the day as CSV.
 */
export function DayScoresPage() {
  const { dayId = '' } = useParams();
  const day = useInterviewDay(dayId);
  const scores = useInterviewDayScores(dayId);
  const title = day.data ? `${day.data.title}: scores` : 'Interview day: scores';
  usePageTitle(title);
  const coordinates = Boolean(scores.data?.severity);

  return (
    <>
      <p className="back-link">
        <Link to={`/interview-days/${dayId}`}>← The day</Link>
      </p>
      <div className="page-header">
        <h1>{title}</h1>
        <p className="lead">
          {coordinates
            ? 'Every candidate’s scores from the interviewers’ submitted forms, and how each interviewer marks compared with the others.'
            : 'Your scores from each station, as your interviewers release their feedback.'}
        </p>
        {coordinates && (
          <p className="button-row">
            <a className="button button-secondary" href={scoresCsvPath(dayId)} download>
              Download CSV
            </a>
          </p>
        )}
      </div>
      {scores.isPending && <LoadingState label="Loading the scores…" />}
      {scores.isError && <ErrorState error={scores.error} onRetry={() => void scores.refetch()} />}
      {scores.isSuccess && <Scores scores={scores.data} />}
    </>
  );
}

function Scores({ scores }: { scores: InterviewDayScores }) {
  const stationName = new Map(scores.stations.map((station) => [station.stationId, station.name]));
  return (
    <>
      {scores.severity && (
        <Card
          title="Interviewer severity"
          description="Each interviewer’s scores against the other interviewers’ for the same candidate and competency."
        >
          <table className="data-table">
            <caption className="visually-hidden">Interviewer severity by station</caption>
            <thead>
              <tr>
                <th scope="col">Station</th>
                <th scope="col">Interviewer</th>
                <th scope="col">Scores given</th>
                <th scope="col">Compared with the others</th>
              </tr>
            </thead>
            <tbody>
              {scores.severity.map((row) => (
                <tr key={row.stationId}>
                  <td data-label="Station">{stationName.get(row.stationId)}</td>
                  <td data-label="Interviewer">{row.interviewer.displayName}</td>
                  <td data-label="Scores given">{row.scoresGiven}</td>
                  <td data-label="Compared with the others">{severityWords(row.severity, row.comparisons)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {scores.candidates.length === 0 && <p className="empty-state">No scores yet.</p>}
      {scores.candidates.map((candidate) => (
        <CandidateScores
          key={candidate.candidate.userId}
          candidate={candidate}
          competencies={scores.competencies}
          stationName={stationName}
          title={scores.severity ? candidate.candidate.displayName : 'Your stations'}
        />
      ))}
    </>
  );
}

interface CandidateScoresProps {
  candidate: DayCandidateScores;
  competencies: InterviewDayScores['competencies'];
  stationName: Map<string, string>;
  title: string;
}

function CandidateScores({ candidate, competencies, stationName, title }: CandidateScoresProps) {
  return (
    <Card
      title={title}
      description={candidate.overall === null ? 'No scores yet.' : `Overall mean ${score(candidate.overall)} of 5.`}
    >
      <ScrollingTable label={`${candidate.candidate.displayName}, stations by competency`}>
        <table className="data-table">
          <caption className="visually-hidden">{candidate.candidate.displayName}: stations by competency</caption>
          <thead>
            <tr>
              <th scope="col">Station</th>
              {competencies.map((competency) => (
                <th scope="col" key={competency}>
                  {COMPETENCY_LABELS[competency]}
                </th>
              ))}
              <th scope="col">Readiness</th>
            </tr>
          </thead>
          <tbody>
            {candidate.stations.map((station) => (
              <tr key={station.stationId}>
                <th scope="row">{stationName.get(station.stationId)}</th>
                {station.submitted ? (
                  competencies.map((competency) => (
                    <td key={competency} data-label={COMPETENCY_LABELS[competency]}>
                      {score(station.scores[competency])}
                    </td>
                  ))
                ) : (
                  <td colSpan={competencies.length} className="muted">
                    Not scored yet
                  </td>
                )}
                <td data-label="Readiness">{station.readiness ? READINESS_LABELS[station.readiness] : '—'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Mean</th>
              {competencies.map((competency) => (
                <td key={competency} data-label={COMPETENCY_LABELS[competency]}>
                  {score(candidate.means[competency])}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </ScrollingTable>
    </Card>
  );
}
