import {
  COMPETENCIES,
  COMPETENCY_LABELS,
  PERSONA_LABELS,
  PERSONAS,
  QUESTION_FAMILIES,
  QUESTION_FAMILY_LABELS,
  TRACK_LABELS,
  TRACK_PERSONAS,
  TRACKS,
  type Persona,
  type Track,
} from '@rounds/shared';
import type { SelectOption } from '../../components/fields';

function optionsFor<T extends string>(values: readonly T[], labels: Record<T, string>, anyLabel?: string): SelectOption[] {
  const options = values.map((value) => ({ value, label: labels[value] }));
  return anyLabel === undefined ? options : [{ value: '', label: anyLabel }, ...options];
}

export const trackOptions = (anyLabel?: string) => optionsFor(TRACKS, TRACK_LABELS, anyLabel);
/** "Residency / fellowship", "Healthcare job": the track without "interview", for compact filters labelled "Track". */
export const shortTrackOptions = (anyLabel?: string) =>
  trackOptions(anyLabel).map((option) => ({ ...option, label: option.label.replace(/ interview$/, '') }));
export const competencyOptions = (anyLabel?: string) => optionsFor(COMPETENCIES, COMPETENCY_LABELS, anyLabel);
export const familyOptions = (anyLabel?: string) => optionsFor(QUESTION_FAMILIES, QUESTION_FAMILY_LABELS, anyLabel);

/** The personas who interview on a track (all of them when no track is chosen). */
export function personasFor(track: Track | undefined): readonly Persona[] {
  return track ? TRACK_PERSONAS[track] : PERSONAS;
}

export function personaOptions(track: Track | undefined, anyLabel?: string): SelectOption[] {
  return optionsFor(personasFor(track), PERSONA_LABELS, anyLabel);
}
