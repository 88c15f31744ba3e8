import {
  BUILT_IN_QUESTIONS,
  calibrationDistance,
  RUBRIC,
  TRACK_LABELS,
  TRACK_LEVEL_LABELS,
  type Competency,
  type ReferenceAnswer,
  REFERENCE_ANSWERS,
} from '@rounds/shared';
import { useState, type SubmitEvent } from 'react';
import { Card } from '../../components/Card';
import { usePageTitle } from '../../lib/use-page-title';
import { ScoreField } from '../feedback/ScoreField';

/**
 * Before scoring a day, a mentor scores reference answers written at different levels and sees how far each
 * score sits from the one reviewers agreed. Nothing is saved: it is practice for the scorer.
 */
export function CalibrationPage() {
  usePageTitle('Calibrate your scoring');
  return (
    <>
      <div className="page-header">
        <h1>Calibrate your scoring</h1>
        <p className="lead">
          Score each reference answer against the rubric, then compare with the scores reviewers agreed. A difference of one is
          common; two or more is worth a second look at the level descriptors. Nothing here is saved.
        </p>
      </div>
      {REFERENCE_ANSWERS.map((answer) => (
        <ReferenceAnswerCard key={answer.id} answer={answer} />
      ))}
    </>
  );
}

function distanceWords(difference: number | null): string {
  if (difference === null) return 'not scored';
  if (difference === 0) return 'the same as agreed';
  const size = Math.abs(difference);
  return `${size} ${size === 1 ? 'point' : 'points'} ${difference > 0 ? 'above' : 'below'} the agreed score`;
}

function ReferenceAnswerCard({ answer }: { answer: ReferenceAnswer }) {
  const question = BUILT_IN_QUESTIONS.find((q) => q.id === answer.questionId);
  const [given, setGiven] = useState<Partial<Record<Competency, number>>>({});
  const [compared, setCompared] = useState(false);
  const competencies = Object.keys(answer.agreed) as Competency[];

  function compare(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setCompared(true);
  }

  return (
    <Card
      title={question?.prompt ?? answer.questionId}
      description={`${TRACK_LABELS[answer.track]} · ${TRACK_LEVEL_LABELS[answer.track][answer.level]}. ${answer.candidate}`}
    >
      <section aria-label={`Reference answer ${answer.id}`}>
        <blockquote className="calibration-transcript">{answer.transcript}</blockquote>
        <form className="form" onSubmit={compare} aria-label={`Score reference answer ${answer.id}`}>
          {competencies.map((competency) => (
            <ScoreField
              key={competency}
              name={`${answer.id}-${competency}`}
              label={RUBRIC[competency].label}
              hint={RUBRIC[competency].focus}
              levels={RUBRIC[competency].levels}
              value={given[competency]}
              onChange={(score) => setGiven((current) => ({ ...current, [competency]: score }))}
            />
          ))}
          <p className="form-actions">
            <button type="submit" className="button button-primary">
              Compare with the agreed scores
            </button>
          </p>
        </form>
        {compared && (
          <div role="status">
            <table className="data-table">
              <caption>Your scores against the agreed ones</caption>
              <thead>
                <tr>
                  <th scope="col">Competency</th>
                  <th scope="col">Yours</th>
                  <th scope="col">Agreed</th>
                  <th scope="col">Distance</th>
                </tr>
              </thead>
              <tbody>
                {calibrationDistance(given, answer.agreed).map((row) => (
                  <tr key={row.competency}>
                    <th scope="row">{RUBRIC[row.competency].label}</th>
                    <td>{row.given ?? '—'}</td>
                    <td>{row.agreed}</td>
                    <td>{distanceWords(row.difference)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">Why: {answer.rationale}</p>
          </div>
        )}
      </section>
    </Card>
  );
}
