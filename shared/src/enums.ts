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

/** What each level means on a track: a resident applying for fellowship is "mid" on the residency track. */
export const TRACK_LEVEL_LABELS: Record<Track, Record<ExperienceLevel, string>> = {
  residency_fellowship: { entry: 'Medical student', mid: 'Resident', senior: 'Practising physician' },
  healthcare_job: EXPERIENCE_LEVEL_LABELS,
  informational: { entry: 'Early pre-health student', mid: 'Pre-health applicant', senior: 'Career changer' },
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
};

/** Which personas interview on each track; each pair has a default script. */
export const TRACK_PERSONAS: Record<Track, readonly Persona[]> = {
  residency_fellowship: ['program_director', 'faculty', 'fellow', 'informatics_partner'],
  healthcare_job: ['hiring_manager', 'panel'],
  informational: ['professional'],
};
