import type { RoomView } from '@rounds/shared';
import { useEffect, useRef, useState } from 'react';
import { loadHalfTimeSound, saveHalfTimeSound } from './call-preferences';

/** Half time has come while the interview runs (not in the lobby, not once wrapping up or ended). */
function isPastHalfTime(view: Pick<RoomView, 'clock' | 'phase'>, now: number): boolean {
  const at = view.clock.halfTimeAt;
  return at !== null && at !== undefined && now >= Date.parse(at) && (view.phase === 'interviewing' || view.phase === 'swap');
}

/** A short, soft two-note chime: made on the spot, so there is no sound file to download. */
function playChime(): void {
  try {
    const context = new AudioContext();
    const gain = context.createGain();
    gain.gain.setValueAtTime(0.0001, context.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.15, context.currentTime + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + 0.9);
    gain.connect(context.destination);
    [660, 880].forEach((frequency, i) => {
      const tone = context.createOscillator();
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(context.currentTime + i * 0.25);
      tone.stop(context.currentTime + 0.9);
    });
    setTimeout(() => void context.close(), 1500);
  } catch {
    // No audio here (or not allowed yet): the banner says it anyway.
  }
}

/**
 * Half time, shown to both people the same way (from the server's clock); in a peer session it says the roles
 * may swap. A sound plays too, but only for someone who turned it on (remembered in this browser).
 */
export function HalfTimeBanner({ view, now }: { view: RoomView; now: number }) {
  const [soundOn, setSoundOn] = useState(loadHalfTimeSound);
  const past = isPastHalfTime(view, now);
  // Chimes when half time comes while the room is open, not when someone opens a room already past it.
  const wasPast = useRef(past);
  useEffect(() => {
    if (past && !wasPast.current && soundOn) playChime();
    wasPast.current = past;
  }, [past, soundOn]);

  const toggle = (
    <label className="room-half-sound">
      <input
        type="checkbox"
        checked={soundOn}
        onChange={(event) => {
          setSoundOn(event.target.checked);
          saveHalfTimeSound(event.target.checked);
        }}
      />{' '}
      Sound at half time
    </label>
  );
  const swapping = view.kind === 'peer_swap' && view.half === 1;
  return (
    <div className={past ? 'room-half-banner room-half-banner-on' : 'room-half-banner'}>
      <p role="status" aria-live="polite">
        {past
          ? swapping
            ? 'Half time: time to swap roles. Either of you can propose it; the other accepts.'
            : 'Half time: half of the session’s time has gone.'
          : ''}
      </p>
      {toggle}
    </div>
  );
}
