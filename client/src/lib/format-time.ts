/** "0:00", "3:05", "24:00": a clock reading in minutes and seconds (minutes keep counting past 59). */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "45 s", "2 min", "1 min 30 s": a short spoken-style length of time. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** "1 minute", "25 minutes". */
export function minutesText(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** "1 question", "12 questions". */
export function questionsText(count: number): string {
  return count === 1 ? '1 question' : `${count} questions`;
}
