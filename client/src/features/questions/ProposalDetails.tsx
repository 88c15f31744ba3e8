import {
  COMPETENCY_LABELS,
  levelChoices,
  PERSONA_LABELS,
  QUESTION_FAMILY_LABELS,
  TRACK_LABELS,
  type QuestionContent,
} from '@rounds/shared';

/** A proposed question's content as a reviewer reads it: everything the bank would hold. */
export function ProposalDetails({ content }: { content: QuestionContent }) {
  const levelTrack = content.tracks.length === 1 ? content.tracks[0] : null;
  const levels = levelChoices(levelTrack).filter((level) => content.levelExpectations[level.value]);
  return (
    <dl className="summary-list">
      <div>
        <dt>Family</dt>
        <dd>{QUESTION_FAMILY_LABELS[content.family]}</dd>
      </div>
      <div>
        <dt>Assesses</dt>
        <dd>{content.assesses}</dd>
      </div>
      <div>
        <dt>Probes</dt>
        <dd>
          <ul>
            {content.probes.map((probe) => (
              <li key={probe}>{probe}</li>
            ))}
          </ul>
        </dd>
      </div>
      <div>
        <dt>A strong answer</dt>
        <dd>{content.frameworkHint}</dd>
      </div>
      <div>
        <dt>Competencies</dt>
        <dd>{content.competencies.map((competency) => COMPETENCY_LABELS[competency]).join(', ')}</dd>
      </div>
      <div>
        <dt>Tracks and interviewers</dt>
        <dd>
          {content.tracks.map((track) => TRACK_LABELS[track]).join(', ')} ·{' '}
          {content.personas.map((persona) => PERSONA_LABELS[persona]).join(', ')}
        </dd>
      </div>
      {levels.map((level) => (
        <div key={level.value}>
          <dt>{level.label}</dt>
          <dd>{content.levelExpectations[level.value]}</dd>
        </div>
      ))}
      <div>
        <dt>Target length</dt>
        <dd>{content.targetSeconds} seconds</dd>
      </div>
    </dl>
  );
}
