import type { CallQuality } from './direct-call';

const LABELS: Record<CallQuality, string> = {
  good: 'Connection: good',
  poor: 'Connection: poor',
  lost: 'Connection: lost',
  unknown: 'Connection: starting',
};

/** Good, poor or lost, in words and a coloured dot: from the call's own figures (direct) or LiveKit's quality. */
export function ConnectionIndicator({ quality }: { quality: CallQuality }) {
  return (
    <p className={`room-call-quality room-call-quality-${quality}`} role="status" aria-live="polite">
      <span className="room-call-quality-dot" aria-hidden="true" />
      {LABELS[quality]}
    </p>
  );
}
