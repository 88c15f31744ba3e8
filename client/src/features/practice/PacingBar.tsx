import type { QuestionFamily } from '@rounds/shared';
import { formatClock } from '../../lib/format-time';
import { paceFor } from './pacing';

interface PacingBarProps {
  elapsedSeconds: number;
  targetSeconds: number;
  /** The question's family, so the advice fits a pitch, a story or a knowledge answer. */
  family?: QuestionFamily;
}

/**
 * Answer time against the question's target: "keep going" (too short), "good range", "wrap up" (past target).
 * The bar itself is a meter; the zone's name is announced only when it changes.
 */
export function PacingBar({ elapsedSeconds, targetSeconds, family }: PacingBarProps) {
  const pace = paceFor(elapsedSeconds, targetSeconds, family);
  const percent = (seconds: number) => `${Math.min(seconds / pace.scale, 1) * 100}%`;
  return (
    <div className={`sp-pace sp-pace-${pace.zone}`}>
      <div
        className="sp-pace-track"
        role="meter"
        aria-label="Pacing"
        aria-valuemin={0}
        aria-valuemax={pace.scale}
        aria-valuenow={Math.min(elapsedSeconds, pace.scale)}
        aria-valuetext={`${formatClock(elapsedSeconds)} of a ${formatClock(targetSeconds)} target: ${pace.label.toLowerCase()}`}
      >
        <div
          className="sp-pace-zone sp-pace-zone-good"
          style={{ left: percent(pace.goodFrom), width: `calc(${percent(targetSeconds)} - ${percent(pace.goodFrom)})` }}
        />
        <div className="sp-pace-zone sp-pace-zone-over" style={{ left: percent(targetSeconds), right: 0 }} />
        <div className="sp-pace-fill" style={{ width: percent(elapsedSeconds) }} />
      </div>
      <div className="sp-pace-scale" aria-hidden="true">
        <span style={{ left: percent(pace.goodFrom) }}>{formatClock(pace.goodFrom)}</span>
        <span style={{ left: percent(targetSeconds) }}>{formatClock(targetSeconds)}</span>
      </div>
      <p className="sp-pace-label" aria-live="polite">
        <strong>{pace.label}</strong>
      </p>
      <p className="sp-pace-advice">{pace.advice}</p>
    </div>
  );
}
