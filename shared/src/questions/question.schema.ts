import { z } from 'zod';
import { EXPERIENCE_LEVELS, TRACKS } from '../enums.js';
import { textLine } from '../schemas/common.schema.js';
import { COMPETENCIES, PERSONAS, QUESTION_FAMILIES, SCRIPT_SECTIONS } from './question.enums.js';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });

export const personaSchema = oneOf(PERSONAS);
export const competencySchema = oneOf(COMPETENCIES);
export const questionFamilySchema = oneOf(QUESTION_FAMILIES);
export const scriptSectionSchema = oneOf(SCRIPT_SECTIONS);

const sentence = textLine;

/** A short list without repeats, e.g. the tracks a question serves. */
const distinctList = <T extends z.ZodType>(item: T, label: string, max: number) =>
  z
    .array(item)
    .min(1, { error: `needs at least one ${label}` })
    .max(max, { error: `has at most ${max} entries` })
    .refine((list) => new Set(list).size === list.length, { error: `lists a ${label} twice` });

/** The teaching content of one question: everything an interviewer needs to ask it well. */
export const questionContentSchema = z.strictObject({
  family: questionFamilySchema,
  prompt: sentence(500),
  assesses: sentence(500).describe('what the question is really testing'),
  probes: z.array(sentence(300)).min(1, { error: 'needs at least one follow-up probe' }).max(3, { error: 'has at most 3 probes' }),
  frameworkHint: sentence(500).describe('how a strong answer is built: STAR, "what changed in the system", specificity…'),
  competencies: distinctList(competencySchema, 'competency', COMPETENCIES.length),
  tracks: distinctList(z.enum(TRACKS, { error: `must be one of: ${TRACKS.join(', ')}` }), 'track', TRACKS.length),
  personas: distinctList(personaSchema, 'persona', PERSONAS.length),
  levelExpectations: z
    .partialRecord(z.enum(EXPERIENCE_LEVELS), sentence(400))
    .describe('what a strong answer looks like at each level, where levels differ'),
  targetSeconds: z
    .number({ error: 'must be a number of seconds' })
    .int({ error: 'must be whole seconds' })
    .min(20, { error: 'must be at least 20 seconds' })
    .max(600, { error: 'must be at most 600 seconds' }),
});
export type QuestionContent = z.infer<typeof questionContentSchema>;

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

export const builtInScriptSchema = z.strictObject({
  id: z.string().regex(/^[a-z_]+\.[a-z0-9_-]+$/, { error: 'must look like track.persona' }),
  track: z.enum(TRACKS),
  persona: personaSchema,
  title: sentence(120),
  description: sentence(600),
  sections: z.array(scriptSectionPlanSchema).min(1),
});
export type BuiltInScript = z.infer<typeof builtInScriptSchema>;
