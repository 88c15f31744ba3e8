import { levelChoices, type Track } from '@rounds/shared';
import type { SelectOption } from '../components/fields';

/**
 * The options of every level select: in the chosen track's words ("Resident (fellowship applicant)"), the neutral
 * ones before a track is chosen; `emptyLabel` adds a first option for no level ("Not set", "Any level").
 */
export function levelOptions(track: Track | null | undefined, emptyLabel?: string): SelectOption[] {
  const options = levelChoices(track);
  return emptyLabel === undefined ? options : [{ value: '', label: emptyLabel }, ...options];
}
