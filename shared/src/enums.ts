/** The roles a person can hold in Rounds; one account may hold several. */
export const ROLES = ['candidate', 'mentor', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

/** What the candidate is preparing for (DOMAIN.md, "Tracks"). */
export const TRACKS = ['residency_fellowship', 'healthcare_job', 'informational'] as const;
export type Track = (typeof TRACKS)[number];

export const EXPERIENCE_LEVELS = ['entry', 'mid', 'senior'] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

export const ROLE_LABELS: Record<Role, string> = {
  candidate: 'Candidate',
  mentor: 'Mentor',
  coordinator: 'Coordinator',
};

export const TRACK_LABELS: Record<Track, string> = {
  residency_fellowship: 'Residency / fellowship interview',
  healthcare_job: 'Healthcare job interview',
  informational: 'Informational interview',
};

export const EXPERIENCE_LEVEL_LABELS: Record<ExperienceLevel, string> = {
  entry: 'Entry level',
  mid: 'Mid-career',
  senior: 'Senior',
};

/**
 * The levels each track distinguishes, earliest first. The stored level is the same three-step scale on
 * every track; what a step means depends on the track (TRACK_LEVEL_LABELS).
 */
export const TRACK_LEVELS: Record<Track, readonly ExperienceLevel[]> = {
  residency_fellowship: ['entry', 'mid', 'senior'],
  healthcare_job: ['entry', 'mid', 'senior'],
  informational: ['entry', 'mid', 'senior'],
};

/**
 * What each level means on a track. On the residency / fellowship track a medical student or graduate applies to
 * residency, a resident applies to fellowship, and a physician after residency (or after practice abroad) may apply
 * to either: TRAINING_PROGRAM_LEVELS says which a script's program admits.
 */
export const TRACK_LEVEL_LABELS: Record<Track, Record<ExperienceLevel, string>> = {
  residency_fellowship: {
    entry: 'Medical student or graduate (residency applicant)',
    mid: 'Resident (fellowship applicant)',
    senior: 'Physician after residency or practice abroad',
  },
  healthcare_job: EXPERIENCE_LEVEL_LABELS,
  informational: { entry: 'Early pre-health student', mid: 'Pre-health applicant', senior: 'Career changer' },
};

/**
 * The words for each level wherever a level is chosen or shown: the track's own ("Resident (fellowship
 * applicant)") once the track is known, the neutral ones ("Mid-career") before.
 */
export function levelLabels(track: Track | null | undefined): Record<ExperienceLevel, string> {
  return track ? TRACK_LEVEL_LABELS[track] : EXPERIENCE_LEVEL_LABELS;
}

/** The levels a track distinguishes, earliest first, each in the track's words. */
export function levelChoices(track: Track | null | undefined): { value: ExperienceLevel; label: string }[] {
  const labels = levelLabels(track);
  return (track ? TRACK_LEVELS[track] : EXPERIENCE_LEVELS).map((level) => ({ value: level, label: labels[level] }));
}

/** On the residency / fellowship track, the training a script interviews for. */
export const TRAINING_PROGRAMS = ['residency', 'informatics_fellowship'] as const;
export type TrainingProgram = (typeof TRAINING_PROGRAMS)[number];

export const TRAINING_PROGRAM_LABELS: Record<TrainingProgram, string> = {
  residency: 'Residency (any specialty)',
  informatics_fellowship: 'Clinical informatics fellowship',
};

/**
 * The levels a person can be at when applying: residency takes students and graduates, and physicians who
 * practised abroad and must train again here; the fellowship follows a completed residency, so it takes
 * residents and physicians after residency, never students.
 */
export const TRAINING_PROGRAM_LEVELS: Record<TrainingProgram, readonly ExperienceLevel[]> = {
  residency: ['entry', 'senior'],
  informatics_fellowship: ['mid', 'senior'],
};

/** Who sits across from the candidate (DOMAIN.md, "Interviewer personas"). */
export const PERSONAS = [
  'program_director',
  'faculty',
  'fellow',
  'informatics_partner',
  'hiring_manager',
  'panel',
  'professional',
  'mmi_station',
] as const;
export type Persona = (typeof PERSONAS)[number];

export const PERSONA_LABELS: Record<Persona, string> = {
  program_director: 'Program director',
  faculty: 'Faculty member',
  fellow: 'Current fellow / resident',
  informatics_partner: 'IT / informatics partner',
  hiring_manager: 'Hiring manager',
  panel: 'Interview panel',
  professional: 'Professional (the candidate interviews them)',
  mmi_station: 'MMI station assessor',
};

/** Which personas interview on each track; each pair has a default script. */
export const TRACK_PERSONAS: Record<Track, readonly Persona[]> = {
  residency_fellowship: ['program_director', 'faculty', 'fellow', 'informatics_partner', 'mmi_station'],
  healthcare_job: ['hiring_manager', 'panel'],
  informational: ['professional'],
};
