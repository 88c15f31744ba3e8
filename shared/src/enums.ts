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
