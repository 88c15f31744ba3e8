import { z } from 'zod';
import { EXPERIENCE_LEVELS, TRACKS } from '../enums.js';
import { isoDateTimeSchema, optionalText, personaSchema, textLine, uuidSchema } from '../schemas/common.schema.js';
import { SCRIPT_MAX_MINUTES, SCRIPT_SECTIONS } from './question.enums.js';
import {
  competencySchema,
  interviewerModeSchema,
  questionContentSchema,
  questionFamilySchema,
  roleCardSchema,
  scoredCompetenciesSchema,
  scriptSectionSchema,
} from './question.schema.js';

export const CONTENT_STATUSES = ['active', 'retired'] as const;

const provenance = {
  id: uuidSchema,
  /** Stable id of a built-in ("opening.tell-me-about-yourself"); null for a cohort's own. */
  key: z.string().nullable(),
  version: z.number().int(),
  cohortId: uuidSchema.nullable(),
  builtIn: z.boolean(),
  status: z.enum(CONTENT_STATUSES),
  updatedAt: isoDateTimeSchema,
};

/** What an interviewer sees: the prompt plus intent, probes, framework and rubric hints. */
export const interviewerQuestionSchema = questionContentSchema.extend({ view: z.literal('interviewer'), ...provenance });
export type InterviewerQuestion = z.infer<typeof interviewerQuestionSchema>;

/** What a candidate sees: only what is asked, and how long an answer should take. */
export const candidateQuestionSchema = z.object({
  view: z.literal('candidate'),
  ...provenance,
  family: questionFamilySchema,
  prompt: z.string(),
  tracks: z.array(z.enum(TRACKS)),
  targetSeconds: z.number().int(),
});
export type CandidateQuestion = z.infer<typeof candidateQuestionSchema>;

export const questionViewSchema = z.discriminatedUnion('view', [interviewerQuestionSchema, candidateQuestionSchema]);
export type QuestionView = z.infer<typeof questionViewSchema>;

const csv = <T extends z.ZodType>(item: T) => item.optional();

export const questionFilterSchema = z.strictObject({
  track: csv(z.enum(TRACKS, { error: `must be one of: ${TRACKS.join(', ')}` })),
  persona: csv(personaSchema),
  level: csv(z.enum(EXPERIENCE_LEVELS, { error: `must be one of: ${EXPERIENCE_LEVELS.join(', ')}` })),
  competency: csv(competencySchema),
  family: csv(questionFamilySchema),
  q: z.string().trim().max(100, { error: 'has at most 100 characters' }).optional(),
  cohortId: uuidSchema.optional(),
  includeRetired: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
});
export type QuestionFilter = z.infer<typeof questionFilterSchema>;

export const createQuestionRequestSchema = questionContentSchema;
export type CreateQuestionRequest = z.input<typeof createQuestionRequestSchema>;

export const cloneRequestSchema = z.strictObject({ cohortId: uuidSchema });
export type CloneRequest = z.input<typeof cloneRequestSchema>;

/** One section of a script being written: its time budget and questions (by id). */
const scriptSectionInputSchema = z.strictObject({
  section: scriptSectionSchema,
  minutes: z
    .number({ error: 'must be a number of minutes' })
    .int({ error: 'must be whole minutes' })
    .min(1, { error: 'must be at least 1 minute' })
    .max(SCRIPT_MAX_MINUTES, { error: `must be at most ${SCRIPT_MAX_MINUTES} minutes` }),
  questionIds: z.array(uuidSchema).max(12, { error: 'has at most 12 questions' }),
});

export const scriptInputSchema = z
  .strictObject({
    title: textLine(120),
    description: optionalText(600).default(''),
    track: z.enum(TRACKS, { error: `must be one of: ${TRACKS.join(', ')}` }),
    persona: personaSchema,
    sections: z.array(scriptSectionInputSchema).min(1, { error: 'needs at least one section' }).max(SCRIPT_SECTIONS.length),
    roleCard: roleCardSchema.optional(),
    mode: interviewerModeSchema.optional(),
    competencies: scoredCompetenciesSchema
      .optional()
      .describe(
        'the 3–5 competencies its interviewer form scores; without it the form scores every competency the asked questions inform',
      ),
  })
  .superRefine((script, context) => {
    const total = script.sections.reduce((sum, section) => sum + section.minutes, 0);
    if (total > SCRIPT_MAX_MINUTES) {
      context.addIssue({
        code: 'custom',
        path: ['sections'],
        message: `add up to ${total} minutes: a script lasts at most ${SCRIPT_MAX_MINUTES}`,
      });
    }
    const order = script.sections.map((section) => SCRIPT_SECTIONS.indexOf(section.section));
    if (order.some((position, i) => i > 0 && position <= order[i - 1])) {
      context.addIssue({
        code: 'custom',
        path: ['sections'],
        message: `must each appear once, in the order ${SCRIPT_SECTIONS.join(', ')}`,
      });
    }
    const ids = script.sections.flatMap((section) => section.questionIds);
    if (new Set(ids).size !== ids.length) {
      context.addIssue({ code: 'custom', path: ['sections'], message: 'ask each question only once' });
    }
  });
export type ScriptInput = z.input<typeof scriptInputSchema>;

export const scriptSummarySchema = z.object({
  ...provenance,
  track: z.enum(TRACKS),
  persona: personaSchema,
  title: z.string(),
  description: z.string(),
  totalMinutes: z.number().int(),
  questionCount: z.number().int(),
  competencies: z.array(competencySchema).optional().describe('the competencies its interviewer form scores, when it names them'),
  mode: interviewerModeSchema.optional(),
});
export type ScriptSummary = z.infer<typeof scriptSummarySchema>;

export const scriptDetailSchema = scriptSummarySchema.extend({
  roleCard: roleCardSchema.optional(),
  sections: z.array(
    z.object({
      section: scriptSectionSchema,
      minutes: z.number().int(),
      questions: z.array(questionViewSchema),
    }),
  ),
});
export type ScriptDetail = z.infer<typeof scriptDetailSchema>;

export const scriptFilterSchema = z.strictObject({
  track: z.enum(TRACKS, { error: `must be one of: ${TRACKS.join(', ')}` }).optional(),
  persona: personaSchema.optional(),
  cohortId: uuidSchema.optional(),
  includeRetired: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
});
export type ScriptFilter = z.infer<typeof scriptFilterSchema>;

/** The exact script and questions a session will use, frozen when it is scheduled. */
export const scriptSnapshotSchema = z.object({
  id: uuidSchema,
  scriptId: uuidSchema,
  scriptVersion: z.number().int(),
  takenAt: isoDateTimeSchema,
  title: z.string(),
  track: z.enum(TRACKS),
  persona: personaSchema,
  roleCard: roleCardSchema.optional(),
  mode: interviewerModeSchema.optional(),
  competencies: z
    .array(competencySchema)
    .optional()
    .describe('the competencies its interviewer form scores; absent in snapshots taken before scripts named them'),
  sections: z.array(
    z.object({
      section: scriptSectionSchema,
      minutes: z.number().int(),
      questions: z.array(questionContentSchema.extend({ questionId: uuidSchema, version: z.number().int() })),
    }),
  ),
});
export type ScriptSnapshot = z.infer<typeof scriptSnapshotSchema>;

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'rejected'] as const;

export const questionProposalSchema = z.object({
  id: uuidSchema,
  cohortId: uuidSchema,
  proposedBy: z.object({ id: uuidSchema, displayName: z.string() }),
  status: z.enum(PROPOSAL_STATUSES),
  content: questionContentSchema,
  questionId: uuidSchema.nullable().describe('the cohort question created on acceptance'),
  createdAt: isoDateTimeSchema,
  decidedAt: isoDateTimeSchema.nullable().describe('when a coordinator accepted or declined it'),
  reason: z.string().nullable().describe("the coordinator's reason for declining, for the mentor who proposed it"),
});
export type QuestionProposal = z.infer<typeof questionProposalSchema>;

export const PROPOSAL_REASON_MAX = 1000;

/** Declining a proposal: the reason is read by the mentor who proposed it (optional to the API, asked for by the page). */
export const rejectProposalRequestSchema = z.strictObject({
  reason: optionalText(PROPOSAL_REASON_MAX).optional().describe('why the question is declined, in words for its author'),
});

export type RejectProposalRequest = z.infer<typeof rejectProposalRequestSchema>;

/** The review page's decline form: a reason is required there, so the mentor learns what to change. */
export const proposalDeclineFormSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, { error: 'is required: tell the mentor what to change' })
    .max(PROPOSAL_REASON_MAX, { error: `has at most ${PROPOSAL_REASON_MAX} characters` }),
});
