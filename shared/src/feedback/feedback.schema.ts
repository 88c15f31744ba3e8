import { z } from 'zod';
import { PERSONAS } from '../enums.js';
import { isoDateTimeSchema, optionalText, textLine, uuidSchema } from '../schemas/common.schema.js';
import { COMPETENCIES, QUESTION_FAMILIES, type Competency } from '../questions/question.enums.js';
import { SESSION_KINDS, SESSION_STATUSES } from '../scheduling/scheduling.schema.js';
import { ROOM_NOTE_MAX_CHARACTERS } from '../room/room.schema.js';
import { SCORE_MAX, SCORE_MIN } from './rubric.js';

/**
 * The three forms of a session. `interviewer`: the interviewer about the person they interviewed. `self`: the
 * candidate about their own answers. `rating`: the candidate about how helpful their interviewer was. In a peer
 * session each person interviews the other, so each writes all three.
 */
export const FEEDBACK_KINDS = ['interviewer', 'self', 'rating'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  interviewer: 'Feedback on the person you interviewed',
  self: 'Your self-assessment',
  rating: "Your interviewer's helpfulness",
};

/** The interviewer's overall call: how ready the candidate is for the real interview. */
export const READINESS_LEVELS = ['not_yet', 'nearly', 'ready'] as const;
export type ReadinessLevel = (typeof READINESS_LEVELS)[number];
export const READINESS_LABELS: Record<ReadinessLevel, string> = {
  not_yet: 'Not yet: needs more practice before the real interview',
  nearly: 'Nearly: one or two things to fix',
  ready: 'Ready for the real interview',
};

export const FEEDBACK_TEXT_MAX = 2000;
export const FEEDBACK_IMPROVEMENTS = { min: 1, max: 3 } as const;
export const FEEDBACK_IMPROVEMENT_MAX = 500;

/** Which fields belong to each form: a field of another kind is refused with a message saying so. */
export const FEEDBACK_FIELDS: Record<FeedbackKind, readonly string[]> = {
  interviewer: ['about', 'scores', 'notObserved', 'notes', 'strengths', 'improvements', 'readiness'],
  self: ['scores', 'notObserved', 'reflection'],
  rating: ['about', 'helpfulness', 'comment'],
};

/** Which fields a form needs before it can be submitted (scores: see `requiredCompetencies` on the form). */
export const FEEDBACK_REQUIRED_FIELDS: Record<FeedbackKind, readonly string[]> = {
  interviewer: ['scores', 'strengths', 'improvements', 'readiness'],
  self: ['scores', 'reflection'],
  rating: ['helpfulness'],
};

const SCORE_HINT = `a whole number from ${SCORE_MIN} to ${SCORE_MAX}`;

export const scoreSchema = z
  .number({ error: `must be ${SCORE_HINT}` })
  .int({ error: `must be ${SCORE_HINT} (no fractions)` })
  .min(SCORE_MIN, { error: `must be ${SCORE_HINT}: ${SCORE_MIN} is the lowest level` })
  .max(SCORE_MAX, { error: `must be ${SCORE_HINT}: ${SCORE_MAX} is the highest level` });

const isCompetency = (key: string): key is Competency => (COMPETENCIES as readonly string[]).includes(key);

/** Competency → score. Any of the eight may be scored; an unknown name is refused by name. */
export const scoresSchema = z
  .record(z.string(), scoreSchema)
  .superRefine((scores, context) => {
    for (const key of Object.keys(scores)) {
      if (!isCompetency(key)) {
        context.addIssue({ code: 'custom', path: [key], message: `is not a competency: use one of ${COMPETENCIES.join(', ')}` });
      }
    }
  })
  .transform((scores) => scores as Partial<Record<Competency, number>>);
export type Scores = Partial<Record<Competency, number>>;

const text = (max: number) => optionalText(max);

/**
 * The body of saving a draft (PUT) and of submitting (POST …/submit): the whole form as the person has it now.
 * Every field is optional here so a half-filled form autosaves; the server refuses fields that belong to
 * another kind and, on submit, lists what is still missing. See FEEDBACK_FIELDS and FEEDBACK_REQUIRED_FIELDS.
 */
export const feedbackFormRequestSchema = z.strictObject({
  about: uuidSchema
    .optional()
    .describe(
      'interviewer and rating forms: the person the form is about. Required in a peer session; otherwise it defaults to the one person you interviewed (or who interviewed you)',
    ),
  scores: scoresSchema.optional().describe(`interviewer and self forms: competency → ${SCORE_HINT}`),
  notObserved: z
    .array(z.enum(COMPETENCIES, { error: `must be one of: ${COMPETENCIES.join(', ')}` }))
    .max(COMPETENCIES.length)
    .optional()
    .describe(
      'interviewer and self forms: competencies the session gave no chance to see. "Not observed" answers a required score and counts nowhere in the weighted overall; a competency is either scored or here, not both',
    ),
  notes: z
    .record(uuidSchema, text(ROOM_NOTE_MAX_CHARACTERS))
    .optional()
    .describe(
      'interviewer forms: a note per question asked (question id → text), which the candidate reads once released. Empty at first: your room notes stay private unless you copy one here',
    ),
  strengths: text(FEEDBACK_TEXT_MAX).optional().describe('interviewer forms: what went well'),
  improvements: z
    .array(
      z
        .string({ error: 'must be text' })
        .trim()
        .min(1, { error: 'cannot be empty: remove it or say what to improve' })
        .max(FEEDBACK_IMPROVEMENT_MAX, { error: `has at most ${FEEDBACK_IMPROVEMENT_MAX} characters` }),
    )
    .max(FEEDBACK_IMPROVEMENTS.max, { error: `has at most ${FEEDBACK_IMPROVEMENTS.max} items: keep the ones that matter most` })
    .optional()
    .describe(`interviewer forms: ${FEEDBACK_IMPROVEMENTS.min} to ${FEEDBACK_IMPROVEMENTS.max} concrete things to work on`),
  readiness: z
    .enum(READINESS_LEVELS, { error: `must be one of: ${READINESS_LEVELS.join(', ')}` })
    .optional()
    .describe('interviewer forms: how ready the candidate is'),
  reflection: text(FEEDBACK_TEXT_MAX * 2)
    .optional()
    .describe('self forms: how your answers went, in your own words'),
  helpfulness: scoreSchema.optional().describe(`rating forms: how helpful your interviewer was, ${SCORE_HINT}`),
  comment: text(FEEDBACK_TEXT_MAX).optional().describe('rating forms: a comment for your interviewer'),
});
export type FeedbackFormRequest = z.input<typeof feedbackFormRequestSchema>;
/** What a form holds, without `about` (which is its own column): the request after validation. */
export type FeedbackContent = Omit<z.output<typeof feedbackFormRequestSchema>, 'about'>;

export const feedbackKindSchema = z.enum(FEEDBACK_KINDS, { error: `must be one of: ${FEEDBACK_KINDS.join(', ')}` });

/** `GET …/feedback/:kind?about=`: which form to read, when you wrote or could write several. */
export const feedbackFormQuerySchema = z.strictObject({
  about: uuidSchema
    .optional()
    .describe('the person the form is about; required in a peer session for interviewer and rating forms'),
});

export const feedbackPersonSchema = z.object({ userId: uuidSchema, displayName: z.string() });
export type FeedbackPerson = z.infer<typeof feedbackPersonSchema>;

/** A question asked in the room, as a form lists it for per-question notes. */
export const askedQuestionSchema = z.object({
  questionId: uuidSchema,
  family: z.enum(QUESTION_FAMILIES),
  prompt: z.string(),
  competencies: z.array(z.enum(COMPETENCIES)),
  seconds: z.number().int().min(0),
});
export type FeedbackQuestion = z.infer<typeof askedQuestionSchema>;

export const FEEDBACK_FORM_STATUSES = ['draft', 'submitted'] as const;

const feedbackContentSchema = feedbackFormRequestSchema.omit({ about: true });

export const feedbackFormSchema = z.object({
  id: uuidSchema.nullable().describe('null for a pre-filled draft that has not been saved yet'),
  sessionId: uuidSchema,
  kind: feedbackKindSchema,
  status: z.enum(FEEDBACK_FORM_STATUSES),
  author: feedbackPersonSchema,
  about: feedbackPersonSchema,
  content: feedbackContentSchema,
  requiredCompetencies: z
    .array(z.enum(COMPETENCIES))
    .describe(
      "interviewer and self forms: the competencies to score (or mark not observed): the script's own 3–5 when it names them, otherwise those the asked questions inform",
    ),
  weights: z
    .partialRecord(z.enum(COMPETENCIES), z.number().int().min(1))
    .describe('how much each scored competency counts: the number of asked questions that inform it (at least 1)'),
  overall: z.number().nullable().describe('the weighted mean of the scores, or null'),
  questions: z.array(askedQuestionSchema).describe('the questions asked to the person the form is about, for notes'),
  privateNotes: z
    .record(uuidSchema, z.string())
    .optional()
    .describe(
      'your own interviewer form only: the private notes you took in the room on these questions (question id → text). Never part of the form and never shown to anyone else; copy one into `notes` to share it',
    ),
  updatedAt: isoDateTimeSchema.nullable(),
  submittedAt: isoDateTimeSchema.nullable(),
  releasedAt: isoDateTimeSchema
    .nullable()
    .describe(
      'interviewer forms: when the candidate could (or can) read it: once submitted and their self form is in, or 48 hours after the session; null while neither has happened',
    ),
});
export type FeedbackForm = z.infer<typeof feedbackFormSchema>;

export const ratingsAggregateSchema = z.object({
  count: z.number().int().min(0).describe('submitted ratings of you as an interviewer, over all sessions'),
  mean: z.number().nullable().describe(`the mean helpfulness, shown only from ${3} ratings on (null before)`),
});

export const owedFormSchema = z.object({
  kind: feedbackKindSchema,
  about: feedbackPersonSchema,
  state: z.enum(['not_started', 'draft']),
});
export type OwedForm = z.infer<typeof owedFormSchema>;

/** `GET /api/sessions/:id/feedback`. */
export const sessionFeedbackSchema = z.object({
  sessionId: uuidSchema,
  endedAt: isoDateTimeSchema,
  releaseDeadline: isoDateTimeSchema.describe('48 hours after the end: every submitted interviewer form is released by then'),
  written: z.array(feedbackFormSchema).describe('what you wrote in this session, drafts included'),
  received: z.array(feedbackFormSchema).describe('interviewer forms about you, once released to you'),
  awaiting: z
    .array(z.object({ author: feedbackPersonSchema, state: z.enum(['not_started', 'draft', 'submitted']) }))
    .describe('interviewer forms about you not yet released: who writes them and how far they are'),
  owed: z.array(owedFormSchema).describe('forms you still have to submit in this session'),
  ratings: ratingsAggregateSchema.describe('how people you interviewed rated you, in aggregate only'),
  all: z
    .array(feedbackFormSchema)
    .nullable()
    .describe("the cohort's coordinators: every submitted form of the session, released or not; null for participants"),
});
export type SessionFeedback = z.infer<typeof sessionFeedbackSchema>;

/** `GET /api/me/progress`. */
export const progressSchema = z.object({
  competencies: z.array(
    z.object({
      competency: z.enum(COMPETENCIES),
      points: z.array(
        z.object({
          sessionId: uuidSchema,
          at: isoDateTimeSchema.describe("the session's end"),
          interviewer: z.number().nullable().describe('the mean of the released interviewer scores, null when none'),
          self: z.number().int().nullable().describe('your own score, null when none'),
        }),
      ),
    }),
  ),
  families: z
    .array(z.object({ family: z.enum(QUESTION_FAMILIES), questions: z.number().int() }))
    .describe('questions you answered, by family'),
  personas: z
    .array(z.object({ persona: z.enum(PERSONAS), sessions: z.number().int() }))
    .describe('sessions you were interviewed in, by persona'),
  nextFocus: z.array(
    z.object({
      competency: z.enum(COMPETENCIES),
      average: z.number().nullable().describe('the interviewer scores averaged (your own when there are none yet)'),
      questions: z.array(z.object({ id: z.string(), prompt: z.string(), family: z.enum(QUESTION_FAMILIES) })),
      persona: z.enum(PERSONAS).nullable().describe('the persona whose interviews ask these most: book a session with them'),
      suggestion: z.enum(['book_persona', 'practise_alone']),
    }),
  ),
});
export type Progress = z.infer<typeof progressSchema>;

const spreadSchema = z.object({
  forms: z.number().int(),
  mean: z.number().nullable(),
  standardDeviation: z.number().nullable(),
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
});

const heatCellSchema = z.object({ mean: z.number(), count: z.number().int() });

/** `GET /api/cohorts/:id/feedback-overview`: the coordinator's view. */
export const feedbackOverviewSchema = z.object({
  cohortId: uuidSchema,
  sessions: z.object({
    held: z.number().int().describe('sessions that ended (completed, or their room ended)'),
    byStatus: z.partialRecord(z.enum(SESSION_STATUSES), z.number().int()),
  }),
  attendance: z.array(
    feedbackPersonSchema.extend({
      sessions: z.number().int().describe('past sessions they were booked into (cancelled ones left out)'),
      attended: z.number().int(),
      noShows: z.number().int(),
    }),
  ),
  completion: z.object({
    due: z.number().int().describe('forms owed in ended sessions'),
    submitted: z.number().int(),
    outstanding: z.array(
      z.object({
        sessionId: uuidSchema,
        sessionKind: z.enum(SESSION_KINDS),
        endedAt: isoDateTimeSchema,
        kind: feedbackKindSchema,
        author: feedbackPersonSchema,
        about: feedbackPersonSchema,
        state: z.enum(['not_started', 'draft']),
      }),
    ),
  }),
  heatMap: z.array(
    z.object({
      candidate: feedbackPersonSchema,
      scores: z
        .partialRecord(z.enum(COMPETENCIES), heatCellSchema)
        .describe('every submitted interviewer score, mentors and peers together'),
      bySource: z
        .object({
          mentor: z.partialRecord(z.enum(COMPETENCIES), heatCellSchema),
          peer: z.partialRecord(z.enum(COMPETENCIES), heatCellSchema),
        })
        .describe("the same, apart: mentors' scores and peers' (candidates interviewing each other)"),
    }),
  ),
  calibration: z.object({
    cohort: spreadSchema.describe('every score in every submitted interviewer form of the cohort, mentors and peers'),
    mentorBaseline: spreadSchema.describe(
      "every score in mentors' submitted interviewer forms: what each mentor is compared with",
    ),
    peers: spreadSchema.describe("every score in peers' submitted interviewer forms, shown apart and compared with nobody"),
    mentors: z.array(
      spreadSchema.extend({
        mentor: feedbackPersonSchema,
        difference: z
          .number()
          .nullable()
          .describe("this mentor's mean minus the mean of all mentors' forms (mentorBaseline): above 0 scores more generously"),
      }),
    ),
  }),
});
export type FeedbackOverview = z.infer<typeof feedbackOverviewSchema>;

/** `GET /api/sessions/:id/thank-you`: a note per person who interviewed you, to copy or send. */
export const thankYouSchema = z.object({
  sessionId: uuidSchema,
  sendBy: isoDateTimeSchema.describe('a day after the session: until then Rounds can e-mail a note for you'),
  followUpAdvice: z
    .string()
    .optional()
    .describe(
      "how to follow up after a real interview on the session's track: thanks in person always; a written note per the track's rule",
    ),
  notes: z.array(
    z.object({
      to: feedbackPersonSchema,
      subject: z.string(),
      body: z.string(),
      topics: z.array(z.object({ family: z.enum(QUESTION_FAMILIES), label: z.string(), prompts: z.array(z.string()) })),
    }),
  ),
});
export type ThankYou = z.infer<typeof thankYouSchema>;

export const THANK_YOU_BODY_MAX = 4000;

/** `POST /api/sessions/:id/thank-you/send`: the note as the candidate left it (edited or not), to one interviewer. */
export const thankYouSendRequestSchema = z.strictObject({
  to: uuidSchema.describe('the person who interviewed you, as in the draft note'),
  subject: textLine(200).optional().describe("the e-mail's subject; the draft's when left out"),
  body: optionalText(THANK_YOU_BODY_MAX)
    .min(1, { error: 'cannot be empty: write a few words of thanks' })
    .describe('the text of the note'),
});
export type ThankYouSendRequest = z.input<typeof thankYouSendRequestSchema>;

export const thankYouSentSchema = z.object({
  to: feedbackPersonSchema,
  sentAt: isoDateTimeSchema.describe('when Rounds queued the e-mail'),
});
export type ThankYouSent = z.infer<typeof thankYouSentSchema>;

export const feedbackRequestSchema = z.strictObject({
  interviewerId: uuidSchema.optional().describe('who to ask; defaults to the one person who interviewed you'),
});
export const feedbackRequestResultSchema = z.object({
  to: feedbackPersonSchema,
  requestedAt: isoDateTimeSchema,
  nextAllowedAt: isoDateTimeSchema.describe('one request per interviewer and session a day'),
});
export type FeedbackRequestResult = z.infer<typeof feedbackRequestResultSchema>;
