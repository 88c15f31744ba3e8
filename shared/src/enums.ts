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
