import {
  COMPETENCY_LABELS,
  EXPERIENCE_LEVEL_LABELS,
  EXPERIENCE_LEVELS,
  type ExperienceLevel,
  type InterviewerQuestion,
} from '@rounds/shared';

interface InterviewerGuideProps {
  question: InterviewerQuestion;
  /** Marks this level's expectation, e.g. when the bank is filtered by level. */
  highlightLevel?: ExperienceLevel;
  /** Puts the level expectations behind a disclosure, for dense layouts such as a running script. */
  collapseLevels?: boolean;
}

/** What an interviewer needs to ask a question well: its intent, probes, a strong answer's shape and the rubric. */
export function InterviewerGuide({ question, highlightLevel, collapseLevels = false }: InterviewerGuideProps) {
  const levels = EXPERIENCE_LEVELS.filter((level) => question.levelExpectations[level]);
  const levelList = (
    <dl className="qb-levels">
      {levels.map((level) => (
        <div key={level} className={level === highlightLevel ? 'qb-level qb-level-highlight' : 'qb-level'}>
          <dt>{EXPERIENCE_LEVEL_LABELS[level]}</dt>
          <dd>{question.levelExpectations[level]}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <dl className="qb-guide">
      <div>
        <dt>What it assesses</dt>
        <dd>{question.assesses}</dd>
      </div>
      <div>
        <dt>Follow-up probes</dt>
        <dd>
          <ul className="qb-probes">
            {question.probes.map((probe) => (
              <li key={probe}>{probe}</li>
            ))}
          </ul>
        </dd>
      </div>
      <div>
        <dt>Framework hint</dt>
        <dd>{question.frameworkHint}</dd>
      </div>
      <div>
        <dt>Rubric competencies</dt>
        <dd>
          <ul className="qb-chips">
            {question.competencies.map((competency) => (
              <li key={competency} className="qb-chip">
                {COMPETENCY_LABELS[competency]}
              </li>
            ))}
          </ul>
        </dd>
      </div>
      <div>
        <dt>Level expectations</dt>
        <dd>
          {levels.length === 0 && <span className="muted">The same at every level.</span>}
          {levels.length > 0 && !collapseLevels && levelList}
          {levels.length > 0 && collapseLevels && (
            <details className="qb-level-details">
              <summary>What a strong answer looks like at each level</summary>
              {levelList}
            </details>
          )}
        </dd>
      </div>
    </dl>
  );
}
