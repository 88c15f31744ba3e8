import { z } from 'zod';
import { partnerAccommodationsSchema } from '../accommodations/accommodations.js';
import { EXPERIENCE_LEVELS } from '../enums.js';
import { isoDateTimeSchema, optionalText, uuidSchema } from '../schemas/common.schema.js';
import { COMPETENCIES, INTERVIEWER_MODES, QUESTION_FAMILIES } from '../questions/question.enums.js';
import { SESSION_KINDS } from '../scheduling/scheduling.schema.js';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? 'is required' : `must be one of: ${values.join(', ')}`) });

/**
 * lobby → interviewing → (swap →) wrap_up → ended. `swap` is the second half of a peer session: the two
 * people have exchanged roles and work through a script of their own.
 */
export const ROOM_PHASES = ['lobby', 'interviewing', 'swap', 'wrap_up', 'ended'] as const;
export type RoomPhase = (typeof ROOM_PHASES)[number];

export const ROOM_ACTION_TYPES = [
  'start',
  'reveal',
  'next',
  'previous',
  'timer_start',
  'timer_stop',
  'swap',
  'wrap_up',
  'end',
  /** Peer sessions: turn down the partner's swap proposal. (`swap` proposes it, or accepts the partner's.) */
  'swap_decline',
  /** Peer sessions: take back one's own swap proposal. */
  'swap_withdraw',
  /** Undo a wrap-up: back to the questions, until the session ends. */
  'resume',
] as const;
export type RoomActionType = (typeof ROOM_ACTION_TYPES)[number];

/** Who someone is in the room right now (in a peer session the two people exchange roles at the swap). */
export const ROOM_ROLES = ['interviewer', 'candidate', 'observer'] as const;
export type RoomRole = (typeof ROOM_ROLES)[number];

export const roomActionSchema = z.strictObject({ type: oneOf(ROOM_ACTION_TYPES) });
export type RoomAction = z.infer<typeof roomActionSchema>;

/** client → server `room:join`: enter the session's room; the ack is your view, then `room:state` follows every change. */
export const roomJoinRequestSchema = z.strictObject({ sessionId: uuidSchema });
export type RoomJoinRequest = z.infer<typeof roomJoinRequestSchema>;

/** client → server `room:action`, against the version the client last saw (another version is refused with CONFLICT). */
export const roomActionRequestSchema = z.strictObject({
  sessionId: uuidSchema,
  version: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'cannot be negative' }),
  action: roomActionSchema,
});
export type RoomActionRequest = z.infer<typeof roomActionRequestSchema>;

/** A private note may be long and keep its line breaks. */
export const ROOM_NOTE_MAX_CHARACTERS = 4000;

/** client → server `room:note`: the interviewer's private note on a question (an empty text clears it). */
export const roomNoteRequestSchema = z.strictObject({
  sessionId: uuidSchema,
  questionId: uuidSchema,
  text: optionalText(ROOM_NOTE_MAX_CHARACTERS),
});
export type RoomNoteRequest = z.infer<typeof roomNoteRequestSchema>;

export const roomNoteResultSchema = z.object({ savedAt: isoDateTimeSchema });
export type RoomNoteResult = z.infer<typeof roomNoteResultSchema>;

/** What the interviewer (and an observer) sees to ask the current question well. */
export const roomGuideSchema = z.object({
  intent: z.string().describe('what the question is really testing'),
  probes: z.array(z.string()).describe('follow-up probes'),
  framework: z.string().describe('how a strong answer is built'),
  whatGoodLooksLike: z
    .partialRecord(z.enum(EXPERIENCE_LEVELS), z.string())
    .describe('a strong answer at each level, for the track'),
  competencies: z.array(z.enum(COMPETENCIES)),
  askOnlyWhen: z
    .string()
    .optional()
    .describe('a conditional question (a red flag such as a gap): ask it only when this holds for the candidate, else skip it'),
  mode: z
    .object({ mode: z.enum(INTERVIEWER_MODES), brief: z.string().describe('how to play the interviewer in this mode') })
    .optional()
    .describe('present when the script asks for a mode such as the skeptical interviewer; its harder probes lead the probes'),
});
export type RoomGuide = z.infer<typeof roomGuideSchema>;

export const roomQuestionSchema = z.object({
  id: uuidSchema,
  index: z.number().int().min(0),
  count: z.number().int().min(1),
  revealed: z.boolean(),
  /** Null in the candidate's view until the interviewer reveals the question. */
  prompt: z.string().nullable(),
  /** Stations only: the scenario the candidate reads first, hidden from them like the prompt until revealed. */
  scenario: z.string().nullable().optional(),
  family: z.enum(QUESTION_FAMILIES),
  targetSeconds: z.number().int(),
});
export type RoomQuestion = z.infer<typeof roomQuestionSchema>;

/** The script of the current half, for the interviewer's progress list (null in the candidate's view). */
export const roomScriptSchema = z.object({
  title: z.string(),
  questions: z.array(z.object({ id: uuidSchema, family: z.enum(QUESTION_FAMILIES), prompt: z.string(), revealed: z.boolean() })),
});
export type RoomScript = z.infer<typeof roomScriptSchema>;

export const roomNoteSchema = z.object({ text: z.string(), savedAt: isoDateTimeSchema });

/**
 * A session that is one station of an interview day runs on the day's clock: the rotation ends at a time
 * fixed by the day's schedule (a late room never shifts the others), everyone sees "one minute left" at
 * `oneMinuteWarningAt`, and the viewer's next station follows the gap.
 */
export const roomDayContextSchema = z.object({
  dayId: uuidSchema,
  title: z.string(),
  stationName: z.string(),
  rotation: z.number().int().min(0),
  rotationCount: z.number().int().min(1),
  rotationEndsAt: isoDateTimeSchema.describe("the rotation's end; this station's session may end earlier"),
  oneMinuteWarningAt: isoDateTimeSchema,
  next: z
    .object({ sessionId: uuidSchema, stationName: z.string(), startsAt: isoDateTimeSchema })
    .nullable()
    .describe("the viewer's next station of the day (after the gap); null when this was their last, and for observers"),
});
export type RoomDayContext = z.infer<typeof roomDayContextSchema>;

/** One person's view of the room: what they may see, by role. */
export const roomViewSchema = z.object({
  sessionId: uuidSchema,
  version: z.number().int().min(0),
  kind: z.enum(SESSION_KINDS),
  phase: z.enum(ROOM_PHASES),
  /** 1, or 2 after the swap of a peer session. */
  half: z.union([z.literal(1), z.literal(2)]),
  role: z.enum(ROOM_ROLES),
  interviewerId: uuidSchema,
  candidateId: uuidSchema,
  question: roomQuestionSchema.nullable(),
  guide: roomGuideSchema.nullable().describe("the interviewer's and observer's views only"),
  notes: z.record(z.string(), roomNoteSchema).nullable().describe('your own notes by question id; null for the candidate'),
  script: roomScriptSchema.nullable().describe("the interviewer's and observer's views only"),
  timer: z.object({
    answerStartedAt: isoDateTimeSchema.nullable(),
    /** The question's target stretched by the candidate's extra time (answerTargetSeconds). */
    targetSeconds: z.number().int().nullable(),
  }),
  clock: z.object({
    /** When the interview started (the `start` action); null in the lobby. */
    startedAt: isoDateTimeSchema.nullable(),
    /** The scheduled end. */
    endsAt: isoDateTimeSchema,
    /** The server's time when this view was made: clients correct their clock by it. */
    serverNow: isoDateTimeSchema,
    /** Peer sessions: the half time, from which either person may swap; null otherwise. */
    swapAt: isoDateTimeSchema.nullable(),
    /** Half the scheduled time (every kind of session): both people see a banner from then. */
    halfTimeAt: isoDateTimeSchema.nullable().optional(),
  }),
  swapProposedBy: uuidSchema
    .nullable()
    .optional()
    .describe('peer sessions: who proposed swapping roles, waiting for the other to accept or decline; null when nobody has'),
  accommodations: z
    .record(uuidSchema, partnerAccommodationsSchema)
    .describe('what applies to each of the two people (extra time, audio only), never why'),
  day: roomDayContextSchema.nullable().describe('the interview day this session is a station of; null otherwise'),
  candidateLevel: z
    .enum(EXPERIENCE_LEVELS)
    .nullable()
    .optional()
    .describe("the interviewer's and observer's views: the candidate's experience level, for the guide; null when unknown"),
});
export type RoomView = z.infer<typeof roomViewSchema>;

/** One accepted action, as the room log keeps it: who did what, when, and where the room then stood. */
export const roomLogEntrySchema = z.object({
  version: z.number().int(),
  at: isoDateTimeSchema,
  by: uuidSchema,
  type: z.enum(ROOM_ACTION_TYPES),
  half: z.union([z.literal(1), z.literal(2)]),
  phase: z.enum(ROOM_PHASES),
  /** The current question after the action, if any. */
  questionId: uuidSchema.nullable(),
  revealed: z.boolean(),
});
export type RoomLogEntry = z.infer<typeof roomLogEntrySchema>;

/** `GET /api/sessions/:id/room`: what happened in the room, for the summary after it and for feedback. */
export const roomSummarySchema = z.object({
  sessionId: uuidSchema,
  phase: z.enum(ROOM_PHASES).describe('lobby when nobody has opened the room yet'),
  startedAt: isoDateTimeSchema.nullable(),
  endedAt: isoDateTimeSchema.nullable(),
  questions: z
    .array(
      z.object({
        questionId: uuidSchema,
        half: z.union([z.literal(1), z.literal(2)]),
        /** Who asked it (in a peer session, each person asks in one half). */
        interviewerId: uuidSchema,
        candidateId: uuidSchema,
        family: z.enum(QUESTION_FAMILIES),
        prompt: z.string(),
        competencies: z.array(z.enum(COMPETENCIES)),
        askedAt: isoDateTimeSchema,
        seconds: z.number().int().min(0),
      }),
    )
    .describe('the questions revealed to the candidate, in the order first asked, with the time spent on each'),
  scoredCompetencies: z
    .array(z.array(z.enum(COMPETENCIES)).nullable())
    .optional()
    .describe('per half (index 0 is the first): the competencies its script scores, null when the script names none'),
});
export type RoomSummary = z.infer<typeof roomSummarySchema>;
