import {
  COMPETENCY_LABELS,
  TRACK_LEVEL_LABELS,
  TRACK_LEVELS,
  type ExperienceLevel,
  type RoomGuide,
  type Track,
} from '@rounds/shared';

interface QuestionGuideProps {
  guide: RoomGuide;
  track: Track;
  /** The candidate's level, when their profile says: what good looks like at it comes first, open. */
  candidateLevel: ExperienceLevel | null;
}

/**
 * What the interviewer needs to ask the current question well, in parts that fold away: what it tests and what a
 * strong answer looks like at this candidate's level are open; probes, the framework and other levels a click away.
 */
export function QuestionGuide({ guide, track, candidateLevel }: QuestionGuideProps) {
  const levels = TRACK_LEVELS[track].flatMap((level) => {
    const text = guide.whatGoodLooksLike[level];
    return text ? [{ level, label: TRACK_LEVEL_LABELS[track][level], text }] : [];
  });
  const own = levels.find((entry) => entry.level === candidateLevel);
  const others = levels.filter((entry) => entry !== own);
  return (
    <div className="room-guide">
      {guide.mode && (
        <details open>
          <summary>How to play it</summary>
          <p>{guide.mode.brief}</p>
        </details>
      )}
      {guide.askOnlyWhen && (
        <details open>
          <summary>Ask only when</summary>
          <p>{guide.askOnlyWhen} Otherwise skip it.</p>
        </details>
      )}
      <details open>
        <summary>What it tests</summary>
        <p>{guide.intent}</p>
      </details>
      {own && (
        <details open>
          <summary>What good looks like at this candidate’s level</summary>
          <p className="room-guide-level-name">{own.label}</p>
          <p>{own.text}</p>
        </details>
      )}
      {guide.probes.length > 0 && (
        <details>
          <summary>Probes ({guide.probes.length})</summary>
          <ul className="room-guide-probes">
            {guide.probes.map((probe) => (
              <li key={probe}>{probe}</li>
            ))}
          </ul>
        </details>
      )}
      <details>
        <summary>Framework</summary>
        <p>{guide.framework}</p>
      </details>
      {others.length > 0 && (
        <details>
          <summary>{own ? 'What good looks like at other levels' : 'What good looks like'}</summary>
          <dl className="room-guide-levels">
            {others.map(({ level, label, text }) => (
              <div key={level}>
                <dt>{label}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {guide.competencies.length > 0 && (
        <p className="room-guide-competencies">
          <span className="muted">Competencies:</span> {guide.competencies.map((c) => COMPETENCY_LABELS[c]).join(' · ')}
        </p>
      )}
    </div>
  );
}
