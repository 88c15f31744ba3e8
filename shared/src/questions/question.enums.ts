export const QUESTION_FAMILIES = [
  'opening',
  'motivation',
  'behavioural',
  'knowledge',
  'healthcare_it',
  'img',
  'closing',
  'informational',
  'station',
] as const;
export type QuestionFamily = (typeof QUESTION_FAMILIES)[number];

export const QUESTION_FAMILY_LABELS: Record<QuestionFamily, string> = {
  opening: 'Opening and narrative',
  motivation: 'Motivation and fit',
  behavioural: 'Behavioural (STAR)',
  knowledge: 'Informatics knowledge',
  healthcare_it: 'Healthcare IT',
  img: 'International graduates',
  closing: 'Closing',
  informational: 'Informational interview',
  station: 'MMI and situational-judgement stations',
};

/** What feedback scores, 1–5 each (DOMAIN.md, "What good feedback scores"). */
export const COMPETENCIES = [
  'structure',
  'specificity',
  'systems_thinking',
  'communication',
  'motivation_fit',
  'domain_knowledge',
  'professionalism',
  'candidate_questions',
  'ethical_reasoning',
] as const;
export type Competency = (typeof COMPETENCIES)[number];

export const COMPETENCY_LABELS: Record<Competency, string> = {
  structure: 'Structure (STAR)',
  specificity: 'Specificity and evidence',
  systems_thinking: 'Systems thinking',
  communication: 'Communication clarity and pace',
  motivation_fit: 'Motivation and program fit',
  domain_knowledge: 'Domain knowledge',
  professionalism: 'Professionalism and conduct',
  candidate_questions: "Quality of the candidate's own questions",
  ethical_reasoning: 'Ethical reasoning',
};

/**
 * How the interviewer plays a script beyond its questions. "skeptical": harder probes and less warmth (the room's
 * guide shows the brief and the harder probes; see content/interviewer-modes.ts).
 */
export const INTERVIEWER_MODES = ['skeptical'] as const;
export type InterviewerMode = (typeof INTERVIEWER_MODES)[number];

/** The ordered parts of every interview script. */
export const SCRIPT_SECTIONS = [
  'opening',
  'motivation',
  'behavioural',
  'knowledge',
  'station',
  'candidate_questions',
  'closing',
] as const;
export type ScriptSection = (typeof SCRIPT_SECTIONS)[number];

export const SCRIPT_SECTION_LABELS: Record<ScriptSection, string> = {
  opening: 'Opening',
  motivation: 'Motivation',
  behavioural: 'Behavioural',
  knowledge: 'Knowledge',
  station: 'Station',
  candidate_questions: "The candidate's questions",
  closing: 'Closing',
};

/**
 * The question families each script section draws on. The content check holds built-in scripts to it and the
 * script builder lists these families first in its picker, so both agree on where, say, IMG questions go.
 */
export const SECTION_FAMILIES: Record<ScriptSection, readonly QuestionFamily[]> = {
  opening: ['opening'],
  motivation: ['motivation', 'img'],
  behavioural: ['behavioural', 'img', 'healthcare_it'],
  knowledge: ['knowledge', 'healthcare_it'],
  station: ['station'],
  candidate_questions: ['closing', 'informational'],
  closing: ['closing', 'informational'],
};

/**
 * Script length rules (DOMAIN.md, "Timing"): a residency or fellowship faculty slot runs 15–20 minutes with 4–6
 * questions; a job or informational interview 20–30 minutes; an MMI station 5–12 minutes (reading, then discussion).
 */
export const SCRIPT_TARGET_MINUTES = { min: 20, max: 30 } as const;
export const RESIDENCY_SCRIPT_MINUTES = { min: 15, max: 20 } as const;
export const RESIDENCY_SCRIPT_QUESTIONS = { min: 4, max: 6 } as const;
export const STATION_SCRIPT_MINUTES = { min: 5, max: 12 } as const;
/** Time each question needs beyond its answer target: asking it, and at least one follow-up probe. */
export const SLACK_SECONDS_PER_QUESTION = 90;
export const SCRIPT_MAX_MINUTES = 60;
