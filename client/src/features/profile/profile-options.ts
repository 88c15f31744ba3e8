import { EXPERIENCE_LEVELS, TRACK_LABELS, TRACKS, type ExperienceLevel, type Track } from '@rounds/shared';
import type { SelectOption } from '../../components/fields';
import { oneOf } from '../../lib/one-of';

const NOT_SET: SelectOption = { value: '', label: 'Not set' };

export const TRACK_OPTIONS: SelectOption[] = [NOT_SET, ...TRACKS.map((track) => ({ value: track, label: TRACK_LABELS[track] }))];

/** A select's value as a track, or null for "Not set". */
export function trackFromSelect(value: string): Track | null {
  return oneOf(TRACKS, value) ?? null;
}

/** A select's value as an experience level, or null for "Not set". */
export function experienceLevelFromSelect(value: string): ExperienceLevel | null {
  return oneOf(EXPERIENCE_LEVELS, value) ?? null;
}
