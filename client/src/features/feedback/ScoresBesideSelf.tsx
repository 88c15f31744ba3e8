import { COMPETENCIES, RUBRIC, type FeedbackForm, type ScoreLevel } from '@rounds/shared';

/**
 * An interviewer's released scores beside the candidate's own self-assessment, competency by competency: the
 * difference is where the learning is.
 */
export function ScoresBesideSelf({ received, self }: { received: FeedbackForm; self: FeedbackForm }) {
  const theirs = received.content;
  const mine = self.content;
  const shown = COMPETENCIES.filter(
    (competency) =>
      theirs.scores?.[competency] !== undefined ||
      mine.scores?.[competency] !== undefined ||
      theirs.notObserved?.includes(competency),
  );
  if (shown.length === 0) return null;
  const scoreText = (content: FeedbackForm['content'], competency: (typeof COMPETENCIES)[number]) => {
    const score = content.scores?.[competency];
    if (score !== undefined) return `${score} of 5`;
    return content.notObserved?.includes(competency) ? 'Not observed' : '—';
  };
  return (
    <table className="data-table fb-beside">
      <caption>{received.author.displayName}’s scores beside your self-assessment</caption>
      <thead>
        <tr>
          <th scope="col">Competency</th>
          <th scope="col">{received.author.displayName}</th>
          <th scope="col">You</th>
          <th scope="col">What their level means</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((competency) => {
          const score = theirs.scores?.[competency];
          return (
            <tr key={competency}>
              <th scope="row" data-label="Competency">
                {RUBRIC[competency].label}
              </th>
              <td data-label={received.author.displayName} className="cell-strong">
                {scoreText(theirs, competency)}
              </td>
              <td data-label="You">{scoreText(mine, competency)}</td>
              <td data-label="What their level means">
                {score === undefined ? '—' : RUBRIC[competency].levels[score as ScoreLevel]}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
