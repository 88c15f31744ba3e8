import { COMPETENCY_LABELS, TRACK_LEVEL_LABELS, TRACK_LEVELS, type RoomGuide, type Track } from '@rounds/shared';

/** What the interviewer needs to ask the current question well: its intent, probes, a strong answer's shape. */
export function QuestionGuide({ guide, track }: { guide: RoomGuide; track: Track }) {
  const levels = TRACK_LEVELS[track].flatMap((level) => {
    const text = guide.whatGoodLooksLike[level];
    return text ? [{ level, label: TRACK_LEVEL_LABELS[track][level], text }] : [];
  });
  return (
    <dl className="room-guide">
      {guide.mode && (
        <div>
          <dt>How to play it</dt>
          <dd>{guide.mode.brief}</dd>
        </div>
      )}
      {guide.askOnlyWhen && (
        <div>
          <dt>Ask only when</dt>
          <dd>{guide.askOnlyWhen} Otherwise skip it.</dd>
        </div>
      )}
      <div>
        <dt>What it tests</dt>
        <dd>{guide.intent}</dd>
      </div>
      {guide.probes.length > 0 && (
        <div>
          <dt>Probes</dt>
          <dd>
            <ul className="room-guide-probes">
              {guide.probes.map((probe) => (
                <li key={probe}>{probe}</li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      <div>
        <dt>Framework</dt>
        <dd>{guide.framework}</dd>
      </div>
      {levels.length > 0 && (
        <div>
          <dt>What good looks like</dt>
          <dd>
            <dl className="room-guide-levels">
              {levels.map(({ level, label, text }) => (
                <div key={level}>
                  <dt>{label}</dt>
                  <dd>{text}</dd>
                </div>
              ))}
            </dl>
          </dd>
        </div>
      )}
      {guide.competencies.length > 0 && (
        <div>
          <dt>Competencies</dt>
          <dd>{guide.competencies.map((competency) => COMPETENCY_LABELS[competency]).join(' · ')}</dd>
        </div>
      )}
    </dl>
  );
}
