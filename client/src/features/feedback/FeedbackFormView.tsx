import { COMPETENCIES, READINESS_LABELS, RUBRIC, type FeedbackForm } from '@rounds/shared';
import { formatScore, HELPFULNESS_LEVELS } from './feedback-format';

/** A submitted form, read-only: every score with what its level means, and the written parts. */
export function FeedbackFormView({ form }: { form: FeedbackForm }) {
  const { content } = form;
  const scored = COMPETENCIES.filter((competency) => content.scores?.[competency] !== undefined);
  const notes = form.questions.filter((question) => content.notes?.[question.questionId]?.trim());
  return (
    <div className="fb-view">
      {scored.length > 0 && (
        <table className="data-table fb-scores">
          <caption>Scores{form.overall !== null && <> · weighted overall {formatScore(form.overall)} of 5</>}</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Score</th>
              <th scope="col">What it means</th>
            </tr>
          </thead>
          <tbody>
            {scored.map((competency) => {
              const score = content.scores![competency]!;
              return (
                <tr key={competency}>
                  <th scope="row" data-label="Competency">
                    {RUBRIC[competency].label}
                  </th>
                  <td data-label="Score" className="cell-strong">
                    {score} of 5
                  </td>
                  <td data-label="What it means">{RUBRIC[competency].levels[score as 1 | 2 | 3 | 4 | 5]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {(content.notObserved ?? []).length > 0 && (
        <p className="muted">
          Not observed in this session (not scored):{' '}
          {(content.notObserved ?? []).map((competency) => RUBRIC[competency].label).join(', ')}.
        </p>
      )}
      <dl className="summary-list fb-written">
        {content.helpfulness !== undefined && (
          <div>
            <dt>Helpfulness</dt>
            <dd>
              {content.helpfulness} of 5: {HELPFULNESS_LEVELS[content.helpfulness as 1 | 2 | 3 | 4 | 5]}
            </dd>
          </div>
        )}
        {content.readiness && (
          <div>
            <dt>Readiness</dt>
            <dd>{READINESS_LABELS[content.readiness]}</dd>
          </div>
        )}
        {content.strengths && (
          <div className="summary-wide">
            <dt>Strengths</dt>
            <dd className="fb-text">{content.strengths}</dd>
          </div>
        )}
        {content.improvements && content.improvements.length > 0 && (
          <div className="summary-wide">
            <dt>To work on</dt>
            <dd>
              <ol className="fb-improvements">
                {content.improvements.map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ol>
            </dd>
          </div>
        )}
        {content.reflection && (
          <div className="summary-wide">
            <dt>Reflection</dt>
            <dd className="fb-text">{content.reflection}</dd>
          </div>
        )}
        {content.comment && (
          <div className="summary-wide">
            <dt>Comment</dt>
            <dd className="fb-text">{content.comment}</dd>
          </div>
        )}
        {notes.length > 0 && (
          <div className="summary-wide">
            <dt>Notes per question</dt>
            <dd>
              <ul className="fb-notes">
                {notes.map((question) => (
                  <li key={question.questionId}>
                    <span className="muted">{question.prompt}</span>
                    <span className="fb-text">{content.notes![question.questionId]}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
