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
      'Whether the answer has a shape the listener can follow. A story: the situation, their own part, what they did and what came of it. An explanation: the point, then the parts, then an example. A plan: the goal, the steps in order, and how they would know it worked.',
    levels: {
      1: 'The listener cannot say afterwards what happened, what the point was or what the steps were; the answer circles or stops mid-way.',
      2: 'Some parts are there but out of order or missing: a story without its result, an explanation without its point, a plan without steps; "we" hides which actions were theirs.',
      3: 'All the parts are present and mostly in order (situation–action–result, point–parts–example, or goal–steps–check); their own part is clear, though the set-up runs long.',
      4: 'The parts come in order with their own actions or reasoning at the centre and a stated outcome or check, within the question’s target time.',
      5: 'Brief set-up, each step or decision with the reason for it, a concrete result or measure, and a one-sentence close on what they took from it, finished before the target time.',
    },
  },
  specificity: {
    competency: 'specificity',
    label: COMPETENCY_LABELS.specificity,
    focus: 'Whether claims are backed by an example, figures, named systems or details the candidate gives from their own work.',
    levels: {
      1: 'Adjectives and generalities only ("I am a team player"), with no example to back them.',
      2: 'An example is named but stays vague: no numbers, no names of tools, units or outcomes.',
      3: 'One concrete example with a few real details; the outcome is described but not measured.',
      4: 'Concrete examples with figures, named systems or roles, and an outcome the listener could check.',
      5: 'Several first-hand details the listener could check — before and after figures, the exact workflow or system, who was involved — and the candidate answers a probe with more of them.',
    },
  },
  systems_thinking: {
    competency: 'systems_thinking',
    label: COMPETENCY_LABELS.systems_thinking,
    focus:
      'Whether the candidate looks past the individual to the workflow: root causes, fixes that protect the next patient or user, and how a change was measured.',
    levels: {
      1: 'Blames a person or ends at "be more careful"; patient safety and process are not mentioned.',
      2: 'Names a personal lesson and says the process played a part, without saying how.',
      3: 'Names a contributing cause in the workflow and a reasonable change, but not how it was checked or kept in place.',
      4: 'Traces the cause in the workflow or system, describes a fix that protects the next person, and says how it was measured.',
      5: 'Names the causes, a tested fix (a PDSA cycle, a design change, a safeguard), its measured effect, a safety or compliance trade-off, and who had to be brought along.',
    },
  },
  communication: {
    competency: 'communication',
    label: COMPETENCY_LABELS.communication,
    focus: 'Whether the answer is easy to follow: the point first, plain words, a steady pace, on the question asked.',
    levels: {
      1: 'The listener loses the thread: off the question, heavy jargon or filler, rushed or trailing off.',
      2: 'Answers the question eventually; frequent filler, unexplained acronyms or an uneven pace get in the way.',
      3: 'On topic and followable; some filler or a slow start, but the listener keeps up.',
      4: 'Leads with the answer, uses plain words, keeps an even pace and checks the listener is with them.',
      5: 'Answer first, acronyms explained, pauses instead of filler, and adjusts length or detail when the listener signals (a probe, a glance at the clock) without being asked twice.',
    },
  },
  motivation_fit: {
    competency: 'motivation_fit',
    label: COMPETENCY_LABELS.motivation_fit,
    focus:
      "Whether the reasons for this specialty, role or program come from the candidate's own experience and match this place in particular (the same bar for every applicant).",
    levels: {
      1: 'Reasons that would fit any program or employer, or none at all.',
      2: 'A personal reason is given, but the link to this program or role is generic or repeats its website.',
      3: 'Motivation rooted in their own experience, with one link to a named feature of this program or role.',
      4: 'A thread from their experience to two or more named features of this program or role, and what they would contribute.',
      5: "Their own story, named particulars of this program, a plan that uses them, and what they would bring; asked a probe, they add a detail that is not on the program's website.",
    },
  },
  domain_knowledge: {
    competency: 'domain_knowledge',
    label: COMPETENCY_LABELS.domain_knowledge,
    focus:
      'Whether concepts of the field (informatics, decision support, interoperability, privacy, quality improvement, governance) are right and can be applied; the question’s basis says what “right” rests on.',
    levels: {
      1: 'Key concepts are wrong or missing.',
      2: 'Terms are recognised but explained loosely or with errors.',
      3: 'Concepts are explained correctly at the level expected, without applying them to a case.',
      4: 'Concepts are applied to a realistic case with at least one trade-off.',
      5: 'Applies concepts to a case, names trade-offs and side effects (alert fatigue, data quality, adoption), and says where their knowledge stops.',
    },
  },
  professionalism: {
    competency: 'professionalism',
    label: COMPETENCY_LABELS.professionalism,
    focus:
      'Conduct in the conversation: owning gaps calmly, respect for colleagues and patients, proper channels, composure under a hard question. Camera, lighting and eye contact are not scored (they are on the set-up checklist).',
    levels: {
      1: 'Defensive, dismissive or disparaging about others; breaks a confidence or suggests going around proper channels.',
      2: 'Polite but deflects a hard question, or blames others for a gap.',
      3: 'Courteous and composed for most of the interview; acknowledges a gap when asked.',
      4: 'Raises gaps and mistakes themselves, speaks of colleagues with respect, describes working through proper channels.',
      5: 'Stays composed under a pointed probe, names their limits and what they do about them, and credits others by name or role.',
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
      4: "Researched questions aimed at this interviewer's role, with a follow-up on the answer.",
      5: 'Researched questions that use something said earlier in the conversation, a follow-up on each answer, and a close on time with thanks.',
    },
  },
  ethical_reasoning: {
    competency: 'ethical_reasoning',
    label: COMPETENCY_LABELS.ethical_reasoning,
    focus:
      'Stations and dilemmas: whether the candidate names the principles and the people affected, weighs options, reaches a decision and says how they would communicate it. Scored on the reasoning, not on reaching one answer.',
    levels: {
      1: 'States a verdict straight away, or refuses to decide; no principle or affected person is named.',
      2: 'Names one principle or one party and one option, then decides without weighing it against anything.',
      3: 'Names the main principles and people affected, compares two options, and reaches a decision.',
      4: 'Gathers the facts they would need first, weighs two or more options against the principles, decides, and says who they would tell and how.',
      5: 'Does all of that, names what would change their decision, includes an escalation or support route, and words the conversation with the person affected.',
    },
  },
};

/** Words that judge instead of describing what an interviewer saw or heard: never in a rubric descriptor. */
export const JUDGING_WORDS = [
  'compelling',
  'vivid',
  'insightful',
  'impressive',
  'excellent',
  'outstanding',
  'exceptional',
  'brilliant',
  'no other applicant',
  'well-prepared',
  'polished',
] as const;

/**
 * An unscored checklist for the interview's set-up. It helps the candidate but never changes a score: an
 * audio-only participant, or someone whose culture avoids eye contact, is not marked down.
 */
export const SET_UP_CHECKLIST = [
  'The microphone is clear and the room quiet enough to follow every word.',
  'The connection held; if it dropped, the candidate rejoined and picked up where they were.',
  'If on camera: the face is lit from the front and the camera is near eye level.',
  'Notes, if used, did not pull the candidate away from the conversation.',
] as const;

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
