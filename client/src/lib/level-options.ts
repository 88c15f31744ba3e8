import { levelChoices, type Track } from '@rounds/shared';

/**
 * The options of every level select: in the chosen track's words ("Resident (fellowship applicant)"), the neutral
 * ones before a track is chosen; `emptyLabel` adds a first option for no level ("Not set", "Any level").
 */
export function levelOptions(track: Track | null | undefined, emptyLabel?: string): { value: string; label: string }[] {
  const options = levelChoices(track);
  return emptyLabel === undefined ? options : [{ value: '', label: emptyLabel }, ...options];
}
