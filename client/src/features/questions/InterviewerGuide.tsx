import {
  COMPETENCY_LABELS,
  EXPERIENCE_LEVEL_LABELS,
  levelExpectationsFor,
  TRACK_LABELS,
  TRACK_LEVEL_LABELS,
  TRACK_LEVELS,
  type ExperienceLevel,
  type InterviewerQuestion,
  type Track,
} from '@rounds/shared';

/** The parts of a station answer an assessor listens for, in order. */
const STATION_PARTS = [
  ['principles', 'Principles'],
  ['stakeholders', 'People affected'],
  ['options', 'Options'],
  ['decision', 'A decision'],
  ['communication', 'How it is communicated'],
] as const;

interface InterviewerGuideProps {
  question: InterviewerQuestion;
  /** The track being interviewed for (a script's, or the bank's filter): only its expectations are shown. */
  track?: Track;
  /** Marks this level's expectation, e.g. when the bank is filtered by level. */
  highlightLevel?: ExperienceLevel;
  /** Puts the level expectations behind a disclosure, for dense layouts such as a running script. */
  collapseLevels?: boolean;
}

interface LevelGroup {
  /** Set when the question's tracks read their levels differently, e.g. "Residency / fellowship interview". */
  heading?: string;
  levels: { level: ExperienceLevel; label: string; text: string }[];
}

/**
 * The level expectations to show: one list per track that has its own, labelled in that track's terms
 * ("Resident", "Mid-career"); expectations shared by several tracks are listed once, with neutral labels.
 */
function levelGroups(question: InterviewerQuestion, track: Track | undefined): LevelGroup[] {
  const tracks = track ? [track] : question.tracks;
  const ownSets = tracks.filter((t) => question.levelExpectationsByTrack?.[t]);
  const sharedTracks = tracks.filter((t) => !question.levelExpectationsByTrack?.[t]);
  const groups: LevelGroup[] = ownSets.map((t) => ({
    heading: TRACK_LABELS[t],
    levels: listed(question, t, TRACK_LEVEL_LABELS[t]),
  }));
  if (sharedTracks.length > 0) {
    const labels = sharedTracks.length === 1 ? TRACK_LEVEL_LABELS[sharedTracks[0]] : EXPERIENCE_LEVEL_LABELS;
    groups.push({ heading: ownSets.length > 0 ? 'Other tracks' : undefined, levels: listed(question, sharedTracks[0], labels) });
  }
  const filled = groups.filter((group) => group.levels.length > 0);
  return filled.length === 1 ? [{ levels: filled[0].levels }] : filled;
}

function listed(question: InterviewerQuestion, track: Track, labels: Record<ExperienceLevel, string>): LevelGroup['levels'] {
  const expectations = levelExpectationsFor(question, track);
  return TRACK_LEVELS[track].flatMap((level) => {
    const text = expectations[level];
    return text ? [{ level, label: labels[level], text }] : [];
  });
}

/** What an interviewer needs to ask a question well: its intent, probes, a strong answer's shape and the rubric. */
export function InterviewerGuide({ question, track, highlightLevel, collapseLevels = false }: InterviewerGuideProps) {
  const groups = levelGroups(question, track);
  const levelList = groups.map((group) => (
    <div key={group.heading ?? 'levels'} className="qb-level-group">
      {group.heading && <p className="qb-level-track">{group.heading}</p>}
      <dl className="qb-levels">
        {group.levels.map(({ level, label, text }) => (
          <div key={level} className={level === highlightLevel ? 'qb-level qb-level-highlight' : 'qb-level'}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </div>
  ));
  return (
    <dl className="qb-guide">
      {question.askOnlyWhen && (
        <div>
          <dt>Ask only when</dt>
          <dd>{question.askOnlyWhen}</dd>
        </div>
      )}
      {question.station && (
        <>
          <div>
            <dt>Scenario the candidate reads</dt>
            <dd>{question.station.scenario}</dd>
          </div>
          <div>
            <dt>Task</dt>
            <dd>{question.station.task}</dd>
          </div>
          <div>
            <dt>What good looks like</dt>
            <dd>
              <dl className="qb-levels">
                {STATION_PARTS.map(([part, label]) => (
                  <div key={part} className="qb-level">
                    <dt>{label}</dt>
                    <dd>{question.station!.lookFor[part]}</dd>
                  </div>
                ))}
              </dl>
            </dd>
          </div>
        </>
      )}
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
      {question.basis && (
        <div>
          <dt>Rests on</dt>
          <dd>{question.basis}</dd>
        </div>
      )}
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
          {groups.length === 0 && <span className="muted">The same at every level.</span>}
          {groups.length > 0 && !collapseLevels && levelList}
          {groups.length > 0 && collapseLevels && (
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
