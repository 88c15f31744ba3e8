import { COMPETENCIES, COMPETENCY_LABELS, type Competency } from '../questions/question.enums.js';

/** Every competency is scored on this scale; a score is a whole number. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const SCORE_LEVELS = [1, 2, 3, 4, 5] as const;
export type ScoreLevel = (typeof SCORE_LEVELS)[number];

export interface CompetencyRubric {
  competency: Competency;
  label: string;
  /** What the competency is about, in one sentence for the form's heading. */
  focus: string;
  /** What an answer at each level sounds like: index 0 is a 1, index 4 a 5. */
  levels: Record<ScoreLevel, string>;
}

/**
 * The rubric every feedback form scores against. Descriptors are written for Rounds in the domain's terms
 * (DOMAIN.md, "What good feedback scores"); a 3 is a sound answer for the candidate's level, not a weak one.
 * Score against the question's expectation for the candidate's level, never against a senior answer.
 */
export const RUBRIC: Record<Competency, CompetencyRubric> = {
  structure: {
    competency: 'structure',
    label: COMPETENCY_LABELS.structure,
    focus:
      'Whether the answer has a shape the listener can follow: the situation, their own part, what they did and what came of it.',
    levels: {
      1: 'No recognisable situation, action or result; the listener cannot tell what happened or what the candidate did.',
      2: 'Some parts are there, but the story wanders or stops before the result, and "we" hides which actions were theirs.',
      3: 'Situation, action and result are all present and mostly in order; their own part is clear, though the setup runs long.',
      4: 'A clear arc with their own actions at its centre and a stated outcome, told in about two minutes.',
      5: 'Tight and deliberate: brief context, their decisions and why, a concrete result and what they took from it, well inside the time.',
    },
  },
  specificity: {
    competency: 'specificity',
    label: COMPETENCY_LABELS.specificity,
    focus: 'Whether claims are backed by an example, figures, named systems or details only this person could give.',
    levels: {
      1: 'Adjectives and generalities only ("I am a team player"), with no example to back them.',
      2: 'An example is named but stays vague: no numbers, no names of tools, units or outcomes.',
      3: 'One concrete example with a few real details; the outcome is described but not measured.',
      4: 'Concrete examples with figures, named systems or roles, and an outcome the listener could check.',
      5: 'Rich first-hand detail and evidence (before and after figures, the exact workflow or system) that no other applicant could have said.',
    },
  },
  systems_thinking: {
    competency: 'systems_thinking',
    label: COMPETENCY_LABELS.systems_thinking,
    focus:
      'Whether the candidate looks past the individual to the workflow: root causes, fixes that protect the next patient or user, and how a change was measured.',
    levels: {
      1: 'Blames a person or ends at "be more careful"; patient safety and process are not mentioned.',
      2: 'Names a personal lesson and hints that the process played a part, without saying how.',
      3: 'Identifies a contributing cause in the workflow and a reasonable change, but not how it was checked or sustained.',
      4: 'Traces the root cause in the workflow or system, proposes or made a fix that protects the next person, and mentions how it was measured.',
      5: 'Sees the whole system: causes, a tested fix (a PDSA cycle, a design change, a safeguard), its measured effect, safety and compliance trade-offs, and who had to be brought along.',
    },
  },
  communication: {
    competency: 'communication',
    label: COMPETENCY_LABELS.communication,
    focus: 'Whether the answer is easy to follow: the point first, plain words, a steady pace, on the question asked.',
    levels: {
      1: 'Hard to follow: off the question, heavy jargon or filler, rushed or trailing off.',
      2: 'Answers the question eventually; frequent filler, unexplained acronyms or an uneven pace get in the way.',
      3: 'Understandable and on topic; some filler or a slow start, but the listener keeps up.',
      4: 'Leads with the answer, uses plain words, keeps an even pace and checks the listener is with them.',
      5: 'Clear and composed throughout: answer first, vivid plain language, natural pace and emphasis, adjusts to the listener without being asked.',
    },
  },
  motivation_fit: {
    competency: 'motivation_fit',
    label: COMPETENCY_LABELS.motivation_fit,
    focus:
      "Whether the reasons for this specialty, role or program come from the candidate's own experience and match this place in particular.",
    levels: {
      1: 'Reasons that would fit any program or employer, or none at all.',
      2: 'A personal reason is given, but the link to this program or role is generic or taken from its website.',
      3: 'Motivation rooted in their own experience, with one genuine link to this program or role.',
      4: 'A clear thread from their experience to specific features of this program or role, and what they would contribute.',
      5: "A compelling, specific case: their story, this program's particulars, their plans, and (for international graduates) a thought-through account of adapting to a new health system.",
    },
  },
  domain_knowledge: {
    competency: 'domain_knowledge',
    label: COMPETENCY_LABELS.domain_knowledge,
    focus:
      'Whether concepts of the field (informatics, decision support, interoperability, quality improvement, governance) are right and can be applied.',
    levels: {
      1: 'Key concepts are wrong or missing.',
      2: 'Terms are recognised but explained loosely or with errors.',
      3: 'Concepts are explained correctly at the level expected, without applying them to a case.',
      4: 'Concepts are applied to a realistic case with at least one trade-off.',
      5: 'Applies concepts fluently to a case, weighs trade-offs and side effects (alert fatigue, data quality, adoption), and knows where the limits are.',
    },
  },
  professionalism: {
    competency: 'professionalism',
    label: COMPETENCY_LABELS.professionalism,
    focus:
      'How the candidate carries themselves: owning gaps calmly, respect for colleagues, proper channels, resilience, and presence on camera.',
    levels: {
      1: 'Defensive or disparaging about others, or a set-up that gets in the way (no eye contact, noise, poor camera).',
      2: 'Polite but uneasy: deflects a hard question, or the camera and sound distract often.',
      3: 'Courteous and composed for most of the interview; acknowledges a gap when asked; a workable set-up.',
      4: 'Owns gaps and mistakes calmly, speaks of colleagues with respect, works through proper channels; a good on-camera presence.',
      5: 'Composed under pressure, gracious about others, candid about limits and how they handle them; presence that would reassure a patient or a team.',
    },
  },
  candidate_questions: {
    competency: 'candidate_questions',
    label: COMPETENCY_LABELS.candidate_questions,
    focus:
      'The questions the candidate asks: researched, suited to this interviewer, followed up; in informational interviews also listening and closing on time.',
    levels: {
      1: 'No questions, or only ones the website already answers.',
      2: 'Generic questions that could go to anyone, with no follow-up.',
      3: 'At least one question that shows some preparation and suits this interviewer.',
      4: "Researched questions aimed at this interviewer's role, with a natural follow-up on the answer.",
      5: 'Insightful, researched questions that build on the conversation, listens closely, follows up, and closes on time with thanks.',
    },
  },
};

/** The rubric in the order competencies are always listed. */
export const RUBRIC_IN_ORDER: readonly CompetencyRubric[] = COMPETENCIES.map((competency) => RUBRIC[competency]);

/** Anything that lists the competencies it informs: a question of the bank, or one asked in the room. */
export interface InformsCompetencies {
  competencies: readonly Competency[];
}

/** The competencies the asked questions inform, in rubric order: each must be scored on an interviewer form. */
export function competenciesInformedBy(questions: readonly InformsCompetencies[]): Competency[] {
  const informed = new Set(questions.flatMap((question) => question.competencies));
  return COMPETENCIES.filter((competency) => informed.has(competency));
}

/**
 * How much each competency counts in a session's overall score: the number of asked questions that inform it
 * (a script that asks three behavioural questions weighs structure three times). A competency scored but not
 * informed by any asked question still counts once, so every score a person gives has some weight.
 */
export function competencyWeights(
  questions: readonly InformsCompetencies[],
  scored: readonly Competency[],
): Partial<Record<Competency, number>> {
  return Object.fromEntries(
    scored.map((competency) => [competency, Math.max(1, questions.filter((q) => q.competencies.includes(competency)).length)]),
  );
}

/** The weighted mean of a form's scores (rounded to two decimals), or null when nothing is scored. */
export function weightedScore(
  scores: Partial<Record<Competency, number>>,
  weights: Partial<Record<Competency, number>>,
): number | null {
  let total = 0;
  let weightSum = 0;
  for (const competency of COMPETENCIES) {
    const score = scores[competency];
    if (score === undefined) continue;
    const weight = weights[competency] ?? 1;
    total += score * weight;
    weightSum += weight;
  }
  return weightSum === 0 ? null : Math.round((total / weightSum) * 100) / 100;
}
