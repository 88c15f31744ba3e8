import { z } from 'zod';
import { EXPERIENCE_LEVELS, PERSONAS, TRACKS, TRAINING_PROGRAMS, type ExperienceLevel, type Track } from '../enums.js';
import { personaSchema, textLine } from '../schemas/common.schema.js';
import { COMPETENCIES, INTERVIEWER_MODES, QUESTION_FAMILIES, SCRIPT_SECTIONS } from './question.enums.js';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });

export const competencySchema = oneOf(COMPETENCIES);
export const questionFamilySchema = oneOf(QUESTION_FAMILIES);
export const scriptSectionSchema = oneOf(SCRIPT_SECTIONS);
export const interviewerModeSchema = oneOf(INTERVIEWER_MODES).describe(
  'how the interviewer plays the script: "skeptical" gives harder probes and less warmth, shown in the room guide',
);

const sentence = textLine;

/** A short list without repeats, e.g. the tracks a question serves. */
const distinctList = <T extends z.ZodType>(item: T, label: string, max: number) =>
  z
    .array(item)
    .min(1, { error: `needs at least one ${label}` })
    .max(max, { error: `has at most ${max} entries` })
    .refine((list) => new Set(list).size === list.length, { error: `lists a ${label} twice` });

const levelExpectationsSchema = z.partialRecord(z.enum(EXPERIENCE_LEVELS), sentence(400));

/** What a strong station answer shows, in the order an assessor listens for it. */
export const stationLookForSchema = z.strictObject({
  principles: sentence(400).describe('the ethical or professional principles at stake'),
  stakeholders: sentence(400).describe('the people affected'),
  options: sentence(400).describe('the courses of action worth weighing'),
  decision: sentence(400).describe('what a defensible decision looks like'),
  communication: sentence(400).describe('how the decision is explained to the people involved'),
});

/** An MMI or situational-judgement station: the scenario the candidate reads first, then the task. */
export const stationSchema = z.strictObject({
  scenario: sentence(1200).describe('what the candidate reads before entering (about two minutes)'),
  task: sentence(300).describe('what the candidate is asked to do'),
  lookFor: stationLookForSchema,
});
export type Station = z.infer<typeof stationSchema>;

/** The teaching content of one question: everything an interviewer needs to ask it well. */
export const questionContentSchema = z.strictObject({
  family: questionFamilySchema,
  prompt: sentence(500),
  assesses: sentence(500).describe('what the question is really testing'),
  probes: z
    .array(sentence(300))
    .min(1, { error: 'needs at least one follow-up probe' })
    .max(3, { error: 'has at most 3 probes' }),
  frameworkHint: sentence(900).describe('how a strong answer is built: STAR, "what changed in the system", specificity…'),
  competencies: distinctList(competencySchema, 'competency', COMPETENCIES.length),
  tracks: distinctList(z.enum(TRACKS, { error: `must be one of: ${TRACKS.join(', ')}` }), 'track', TRACKS.length),
  personas: distinctList(personaSchema, 'persona', PERSONAS.length),
  levelExpectations: levelExpectationsSchema.describe('what a strong answer looks like at each level, where levels differ'),
  levelExpectationsByTrack: z
    .partialRecord(z.enum(TRACKS, { error: `must be one of: ${TRACKS.join(', ')}` }), levelExpectationsSchema)
    .optional()
    .describe(
      'level expectations for one track, replacing levelExpectations there: a resident and a mid-career analyst answer the same question differently',
    ),
  basis: sentence(400)
    .optional()
    .describe('the standard, rule or guidance a knowledge answer rests on, e.g. "HL7 v2 ADT", so a reviewer can check it'),
  askOnlyWhen: sentence(300)
    .optional()
    .describe(
      'a conditional question (a red flag such as exam attempts or a gap): asked only when this holds for the candidate, never of everyone',
    ),
  station: stationSchema
    .optional()
    .describe('MMI and situational-judgement stations: what the candidate reads and what good looks like'),
  targetSeconds: z
    .number({ error: 'must be a number of seconds' })
    .int({ error: 'must be whole seconds' })
    .min(20, { error: 'must be at least 20 seconds' })
    .max(600, { error: 'must be at most 600 seconds' }),
});
export type QuestionContent = z.infer<typeof questionContentSchema>;

/** What a strong answer looks like at each level on one track: the track's own expectations, else the shared ones. */
export function levelExpectationsFor(
  question: Pick<QuestionContent, 'levelExpectations' | 'levelExpectationsByTrack'>,
  track: Track,
): Partial<Record<ExperienceLevel, string>> {
  return question.levelExpectationsByTrack?.[track] ?? question.levelExpectations;
}

/** A question that ships with Rounds, identified by a stable id such as "opening.tell-me-about-yourself". */
export const builtInQuestionSchema = questionContentSchema.extend({
  id: z.string().regex(/^[a-z_]+\.[a-z0-9-]+$/, { error: 'must look like family.slug' }),
});
export type BuiltInQuestion = z.infer<typeof builtInQuestionSchema>;

export const scriptSectionPlanSchema = z.strictObject({
  section: scriptSectionSchema,
  minutes: z
    .number({ error: 'must be a number of minutes' })
    .int({ error: 'must be whole minutes' })
    .min(1, { error: 'must be at least 1 minute' })
    .max(30, { error: 'must be at most 30 minutes' }),
  questionIds: z.array(z.string().min(1)).max(12, { error: 'has at most 12 questions' }),
});
export type ScriptSectionPlan = z.infer<typeof scriptSectionPlanSchema>;

/**
 * A brief for whoever plays the other side without being a mentor: in an informational interview a peer
 * plays the professional the student interviews.
 */
export const roleCardSchema = z.strictObject({
  role: sentence(600).describe('who you are playing'),
  background: z
    .array(sentence(300))
    .min(1, { error: 'needs at least one point' })
    .max(6, { error: 'has at most 6 points' })
    .describe('what you can say about your path and your work'),
  timekeeping: sentence(600).describe('how to keep the conversation to its time'),
});
export type RoleCard = z.infer<typeof roleCardSchema>;

/** The 3–5 competencies a script's interviewer form scores (DOMAIN.md: more ratings after one session add halo). */
export const scoredCompetenciesSchema = z
  .array(competencySchema)
  .min(3, { error: 'names at least 3 competencies to score' })
  .max(5, { error: 'names at most 5 competencies to score: more ratings after one session only add halo' })
  .refine((list) => new Set(list).size === list.length, { error: 'lists a competency twice' });

export const builtInScriptSchema = z.strictObject({
  // "track.persona" is the pair's default script; "track.persona.variant" an alternative, e.g. ".img".
  id: z.string().regex(/^[a-z_]+\.[a-z_]+(\.[a-z0-9-]+)?$/, { error: 'must look like track.persona or track.persona.variant' }),
  track: z.enum(TRACKS),
  persona: personaSchema,
  title: sentence(120),
  description: sentence(600),
  program: z
    .enum(TRAINING_PROGRAMS)
    .optional()
    .describe('residency / fellowship track: the training it interviews for, which sets the levels a candidate can be at'),
  competencies: scoredCompetenciesSchema.describe('the competencies its interviewer form scores'),
  mode: interviewerModeSchema.optional(),
  sections: z.array(scriptSectionPlanSchema).min(1),
  roleCard: roleCardSchema.optional(),
});
export type BuiltInScript = z.infer<typeof builtInScriptSchema>;
