export const QUESTION_FAMILIES = [
  'opening',
  'motivation',
  'behavioural',
  'knowledge',
  'healthcare_it',
  'img',
  'closing',
  'informational',
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
] as const;
export type Competency = (typeof COMPETENCIES)[number];

export const COMPETENCY_LABELS: Record<Competency, string> = {
  structure: 'Structure (STAR)',
  specificity: 'Specificity and evidence',
  systems_thinking: 'Systems thinking',
  communication: 'Communication clarity and pace',
  motivation_fit: 'Motivation and program fit',
  domain_knowledge: 'Domain knowledge',
  professionalism: 'Professionalism and presence',
  candidate_questions: "Quality of the candidate's own questions",
};

/** The ordered parts of every interview script. */
export const SCRIPT_SECTIONS = ['opening', 'motivation', 'behavioural', 'knowledge', 'candidate_questions', 'closing'] as const;
export type ScriptSection = (typeof SCRIPT_SECTIONS)[number];

export const SCRIPT_SECTION_LABELS: Record<ScriptSection, string> = {
  opening: 'Opening',
  motivation: 'Motivation',
  behavioural: 'Behavioural',
  knowledge: 'Knowledge',
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
  candidate_questions: ['closing', 'informational'],
  closing: ['closing', 'informational'],
};

/** Script length rules (DOMAIN.md, "Timing"). */
export const SCRIPT_TARGET_MINUTES = { min: 20, max: 30 } as const;
export const SCRIPT_MAX_MINUTES = 60;
