import { COMPETENCY_LABELS, PERSONA_LABELS, QUESTION_FAMILY_LABELS, type Progress, type User } from '@rounds/shared';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { formatScore } from './feedback-format';
import { useProgress } from './feedback-queries';
import { ProgressChart } from './ProgressChart';
import './feedback.css';

/** `/progress`: a candidate's scores per competency over time, what they practised, and what to work on next. */
export function ProgressPage() {
  usePageTitle('Your progress');
  const user = useSignedInUser();
  const progress = useProgress();
  return (
    <>
      <div className="page-header">
        <h1>Your progress</h1>
        <p className="lead">
          Your interviewers’ scores and your own, per competency, session after session. Interviewer scores appear once they are
          released to you.
        </p>
      </div>
      {progress.isPending && <LoadingState label="Loading your progress…" />}
      {progress.isError && <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />}
      {progress.isSuccess && <ProgressDetails progress={progress.data} user={user} />}
    </>
  );
}

function ProgressDetails({ progress, user }: { progress: Progress; user: User }) {
  const scored = progress.competencies.filter((competency) => competency.points.length > 0);
  if (scored.length === 0) {
    return (
      <div className="empty-state-block">
        <p className="empty-state-title">No scores yet</p>
        <p>
          After a practice interview, submit your self-assessment: your scores and your interviewers’ show here.{' '}
          <Link to="/book">Book a session</Link>.
        </p>
      </div>
    );
  }
  return (
    <>
      {progress.nextFocus.length > 0 && <NextFocus focus={progress.nextFocus} />}
      <Card title="Scores over time" description="Solid line: your interviewers’ mean score. Dashed line: your own score.">
        <div className="fb-charts">
          {scored.map(({ competency, points }) => (
            <section key={competency} className="fb-chart-block" aria-labelledby={`progress-${competency}`}>
              <h3 id={`progress-${competency}`}>{COMPETENCY_LABELS[competency]}</h3>
              <ProgressChart points={points} label={competency} timeZone={user.timeZone} />
              <table className="data-table fb-points">
                <caption className="visually-hidden">{COMPETENCY_LABELS[competency]}: scores per session</caption>
                <thead>
                  <tr>
                    <th scope="col">Session</th>
                    <th scope="col">Interviewers</th>
                    <th scope="col">You</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((point) => (
                    <tr key={point.sessionId}>
                      <th scope="row" data-label="Session">
                        <Link to={`/sessions/${point.sessionId}`}>{formatDate(point.at, user.timeZone)}</Link>
                      </th>
                      <td data-label="Interviewers">{point.interviewer === null ? '—' : formatScore(point.interviewer)}</td>
                      <td data-label="You">{point.self ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
      </Card>
      <Card title="What you practised">
        <div className="fb-practised">
          <section aria-labelledby="practised-families">
            <h3 id="practised-families">Question families</h3>
            {progress.families.length === 0 ? (
              <p className="muted">No questions recorded yet.</p>
            ) : (
              <ul>
                {progress.families.map(({ family, questions }) => (
                  <li key={family}>
                    {QUESTION_FAMILY_LABELS[family]}: {questions} question{questions === 1 ? '' : 's'}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="practised-personas">
            <h3 id="practised-personas">Interviewer roles</h3>
            {progress.personas.length === 0 ? (
              <p className="muted">No interviewer role was set on your sessions.</p>
            ) : (
              <ul>
                {progress.personas.map(({ persona, sessions }) => (
                  <li key={persona}>
                    {PERSONA_LABELS[persona]}: {sessions} session{sessions === 1 ? '' : 's'}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </Card>
    </>
  );
}

function NextFocus({ focus }: { focus: Progress['nextFocus'] }) {
  return (
    <Card title="Next focus" description="Your weakest competencies so far, the questions that show them, and a way to practise.">
      {focus.map((item) => (
        <section key={item.competency} className="fb-focus" aria-labelledby={`focus-${item.competency}`}>
          <h3 id={`focus-${item.competency}`}>
            {COMPETENCY_LABELS[item.competency]}
            {item.average !== null && <span className="muted"> · average {formatScore(item.average)} of 5</span>}
          </h3>
          {item.questions.length > 0 && (
            <ul>
              {item.questions.map((question) => (
                <li key={question.id}>
                  <span className="muted">{QUESTION_FAMILY_LABELS[question.family]}: </span>
                  {question.prompt}
                </li>
              ))}
            </ul>
          )}
          <p className="button-row">
            {item.persona && (
              <Link
                className={item.suggestion === 'book_persona' ? 'button button-primary' : 'button button-secondary'}
                to={`/book?persona=${item.persona}`}
              >
                Book a session: {PERSONA_LABELS[item.persona]}
              </Link>
            )}
            {item.questions.length > 0 && (
              <Link
                className={item.suggestion === 'practise_alone' ? 'button button-primary' : 'button button-secondary'}
                to={`/practice/focus?questions=${item.questions.map((question) => encodeURIComponent(question.id)).join(',')}`}
              >
                Practise these alone
              </Link>
            )}
          </p>
        </section>
      ))}
    </Card>
  );
}
