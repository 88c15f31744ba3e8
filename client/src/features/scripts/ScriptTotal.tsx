import { SCRIPT_MAX_MINUTES, SCRIPT_TARGET_MINUTES } from '@rounds/shared';
import { minutesText } from '../../lib/format-time';
import { totalStatus, type TotalStatus } from './script-draft';
import { planSentence } from './script-form-errors';

const { min, max } = SCRIPT_TARGET_MINUTES;

function messageFor(status: TotalStatus, total: number): string {
  switch (status) {
    case 'empty':
      return 'Turn on the sections this interview needs and give each a time budget.';
    case 'short':
      return `Under the ${min}–${max} minute target: add ${minutesText(min - total)} to reach it, or keep it short on purpose.`;
    case 'on-target':
      return `Within the ${min}–${max} minute target.`;
    case 'long':
      return `Over the ${min}–${max} minute target by ${minutesText(total - max)}. Scripts may run up to ${SCRIPT_MAX_MINUTES}, but mock interviews work best at ${min}–${max}.`;
    case 'too-long':
      return `Over the ${SCRIPT_MAX_MINUTES}-minute limit by ${minutesText(total - SCRIPT_MAX_MINUTES)}: shorten a section before saving.`;
  }
}

interface ScriptTotalProps {
  total: number;
  /** A save's message about the sections together (order, a repeated question, the limit). */
  planError: string | null;
}

/** The live length of the script against the 20–30 minute target, updating as minutes are typed. */
export function ScriptTotal({ total, planError }: ScriptTotalProps) {
  const status = totalStatus(total);
  const scale = Math.max(SCRIPT_MAX_MINUTES, total);
  // The live message already explains a total over the limit; the save's copy of it would only repeat it.
  const showPlanError = planError !== null && !(status === 'too-long' && /^add up to/.test(planError));
  return (
    <div className={`sb-total sb-total-${status}`}>
      <div role="status" className="sb-total-status">
        <p className="sb-total-figure">
          <span className="visually-hidden">Total: </span>
          <strong>{total}</strong> of {min}–{max} minutes
        </p>
        <p className="sb-total-message">{messageFor(status, total)}</p>
      </div>
      <div className="sb-gauge" aria-hidden="true">
        <div className="sb-gauge-target" style={{ left: `${(min / scale) * 100}%`, width: `${((max - min) / scale) * 100}%` }} />
        <div className="sb-gauge-fill" style={{ width: `${Math.min(total / scale, 1) * 100}%` }} />
      </div>
      {showPlanError && <p className="field-error sb-total-error">{planSentence(planError)}</p>}
    </div>
  );
}
