import { QUESTION_FAMILY_LABELS, type RoomView } from '@rounds/shared';

interface ScriptProgressProps {
  script: NonNullable<RoomView['script']>;
  currentId: string | null;
}

/** The script of this half in order: which questions the candidate has seen, and which one is current. */
export function ScriptProgress({ script, currentId }: ScriptProgressProps) {
  const asked = script.questions.filter((question) => question.revealed).length;
  return (
    <details className="room-script">
      <summary>
        {script.title}: {asked} of {script.questions.length} asked
      </summary>
      <ol className="room-script-list">
        {script.questions.map((question) => {
          const current = question.id === currentId;
          const className = ['room-script-item', current && 'room-script-current', question.revealed && 'room-script-asked']
            .filter(Boolean)
            .join(' ');
          return (
            <li key={question.id} className={className} aria-current={current ? 'step' : undefined}>
              <span className="room-script-family">{QUESTION_FAMILY_LABELS[question.family]}</span>
              <span className="room-script-prompt">{question.prompt}</span>
              <span className="room-script-state">{current ? 'Current' : question.revealed ? 'Asked' : ''}</span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
