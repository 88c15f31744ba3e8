import { z } from 'zod';
import { TRACKS } from '../enums.js';
import { isoDateTimeSchema, personaSchema, uuidSchema } from '../schemas/common.schema.js';
import { findOverlappingWindows, minutesOfDay } from './weekly-windows.js';

export const SESSION_KINDS = ['mentor_interview', 'peer_swap', 'informational'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  mentor_interview: 'Mentor interview',
  peer_swap: 'Peer practice (swap roles at half time)',
  informational: 'Informational interview',
};

export const SESSION_STATUSES = ['scheduled', 'live', 'completed', 'cancelled', 'no_show'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const PARTICIPANT_ROLES = ['candidate', 'interviewer', 'observer'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Session lengths: 20–30 minutes for people booking; coordinators may schedule up to 90. */
export const SESSION_MINUTES = { min: 20, default: 30, bookingMax: 30, coordinatorMax: 90 } as const;

const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });

export const timeOfDaySchema = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'must be a time like 09:30 (24-hour, 00:00–24:00)' });

export const weeklyWindowSchema = z
  .strictObject({
    weekday: z
      .number({ error: 'must be a weekday number' })
      .int()
      .min(1, { error: 'must be 1 (Monday) to 7 (Sunday)' })
      .max(7, { error: 'must be 1 (Monday) to 7 (Sunday)' }),
    start: timeOfDaySchema,
    end: timeOfDaySchema,
  })
  .refine((w) => minutesOfDay(w.end) > minutesOfDay(w.start), { error: 'must end after it starts', path: ['end'] });

export const dateSchema = z.iso.date({ error: 'must be a date like 2026-03-14' });

export const availabilityExceptionSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('blocked'), date: dateSchema }),
    z
      .strictObject({ kind: z.literal('extra'), date: dateSchema, start: timeOfDaySchema, end: timeOfDaySchema })
      .refine((w) => minutesOfDay(w.end) > minutesOfDay(w.start), { error: 'must end after it starts', path: ['end'] }),
  ],
  { error: 'kind must be blocked or extra' },
);

export const updateAvailabilityRequestSchema = z
  .strictObject({
    windows: z.array(weeklyWindowSchema).max(50, { error: 'has at most 50 weekly windows' }),
    exceptions: z.array(availabilityExceptionSchema).max(200, { error: 'has at most 200 dated exceptions' }),
    weeklyCapacity: z
      .number({ error: 'must be a number of sessions' })
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'cannot be negative' })
      .max(40, { error: 'is at most 40 sessions a week' })
      .optional()
      .describe('mentors: how many sessions a week they take at most'),
  })
  .superRefine((body, context) => {
    const overlap = findOverlappingWindows(body.windows.map((w) => ({ ...w, weekday: w.weekday as 1 })));
    if (overlap) {
      context.addIssue({
        code: 'custom',
        path: ['windows', overlap[1]],
        message: `overlaps window ${overlap[0] + 1} on the same weekday`,
      });
    }
    const extras = body.exceptions.flatMap((e, index) => (e.kind === 'extra' ? [{ ...e, index }] : []));
    for (const a of extras) {
      for (const b of extras) {
        if (
          a.index < b.index &&
          a.date === b.date &&
          minutesOfDay(a.start) < minutesOfDay(b.end) &&
          minutesOfDay(b.start) < minutesOfDay(a.end)
        ) {
          context.addIssue({
            code: 'custom',
            path: ['exceptions', b.index],
            message: `overlaps exception ${a.index + 1} on ${a.date}`,
          });
        }
      }
    }
  });
export type UpdateAvailabilityRequest = z.input<typeof updateAvailabilityRequestSchema>;

export const availabilitySchema = z.object({
  timeZone: z.string(),
  weeklyCapacity: z.number().int(),
  windows: z.array(z.object({ weekday: z.number().int(), start: z.string(), end: z.string() })),
  exceptions: z.array(
    z.object({ kind: z.enum(['blocked', 'extra']), date: z.string(), start: z.string().optional(), end: z.string().optional() }),
  ),
});
export type Availability = z.infer<typeof availabilitySchema>;

const durationSchema = (max: number) =>
  z.coerce
    .number({ error: 'must be a number of minutes' })
    .int({ error: 'must be whole minutes' })
    .min(SESSION_MINUTES.min, { error: `must be at least ${SESSION_MINUTES.min} minutes` })
    .max(max, { error: `must be at most ${max} minutes` });

export const slotQuerySchema = z.strictObject({
  cohortId: uuidSchema,
  kind: enumOf(SESSION_KINDS),
  track: enumOf(TRACKS),
  persona: personaSchema.optional(),
  durationMinutes: durationSchema(SESSION_MINUTES.bookingMax).default(SESSION_MINUTES.default),
  from: isoDateTimeSchema.optional().describe('earliest start; default now'),
  days: z.coerce
    .number({ error: 'must be a number of days' })
    .int()
    .min(1, { error: 'must be at least 1' })
    .max(28, { error: 'must be at most 28' })
    .default(14),
});
export type SlotQuery = z.input<typeof slotQuerySchema>;

export const personSummarySchema = z.object({ userId: uuidSchema, displayName: z.string(), timeZone: z.string() });
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const slotProposalSchema = z.object({
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  partner: personSummarySchema,
  /** The start as the viewer reads it, e.g. "Tue 10 Mar, 19:00 (America/Chicago)". */
  inYourZone: z.string(),
  inPartnerZone: z.string(),
});
export type SlotProposal = z.infer<typeof slotProposalSchema>;

export const bookSessionRequestSchema = z.strictObject({
  cohortId: uuidSchema,
  kind: enumOf(SESSION_KINDS),
  track: enumOf(TRACKS),
  persona: personaSchema.optional(),
  partnerId: uuidSchema,
  startsAt: isoDateTimeSchema,
  durationMinutes: durationSchema(SESSION_MINUTES.bookingMax).default(SESSION_MINUTES.default),
});
export type BookSessionRequest = z.input<typeof bookSessionRequestSchema>;

export const scheduleSessionRequestSchema = z.strictObject({
  kind: enumOf(SESSION_KINDS),
  track: enumOf(TRACKS),
  personas: z
    .array(personaSchema)
    .max(4, { error: 'has at most 4 interviewer roles' })
    .refine((list) => new Set(list).size === list.length, { error: 'lists an interviewer role twice' })
    .default([]),
  startsAt: isoDateTimeSchema,
  durationMinutes: durationSchema(SESSION_MINUTES.coordinatorMax).default(SESSION_MINUTES.default),
  participants: z
    .array(z.strictObject({ userId: uuidSchema, role: enumOf(PARTICIPANT_ROLES) }))
    .min(2, { error: 'needs at least two people' })
    .max(8, { error: 'has at most 8 people' })
    .refine((people) => new Set(people.map((p) => p.userId)).size === people.length, { error: 'lists a person twice' }),
  scriptId: uuidSchema.optional(),
});
export type ScheduleSessionRequest = z.input<typeof scheduleSessionRequestSchema>;

export const reasonSchema = z
  .string({ error: 'is required: say why, for the other side' })
  .trim()
  .min(3, { error: 'needs a few words for the other side' })
  .max(500, { error: 'has at most 500 characters' });

export const cancelSessionRequestSchema = z.strictObject({ reason: reasonSchema });
export const rescheduleSessionRequestSchema = z.strictObject({
  startsAt: isoDateTimeSchema,
  durationMinutes: durationSchema(SESSION_MINUTES.coordinatorMax).optional(),
  reason: reasonSchema,
});
export const noShowRequestSchema = z.strictObject({ userId: uuidSchema, reason: reasonSchema.optional() });
export const clearNoShowRequestSchema = z.strictObject({
  userId: uuidSchema,
  reason: reasonSchema.describe('why the record was wrong; kept in the session’s no-show history'),
});

export const sessionSchema = z.object({
  id: uuidSchema,
  cohortId: uuidSchema.nullable(),
  kind: enumOf(SESSION_KINDS),
  track: enumOf(TRACKS),
  personas: z.array(personaSchema),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  status: enumOf(SESSION_STATUSES),
  statusReason: z.string().nullable(),
  participants: z.array(personSummarySchema.extend({ role: enumOf(PARTICIPANT_ROLES), noShow: z.boolean() })),
  scriptSnapshotId: uuidSchema.nullable(),
  calendarSequence: z.number().int(),
  instant: z.boolean().describe('made by practice now: started the moment two people were paired, so never moved or cancelled'),
  interviewDay: z
    .object({
      dayId: uuidSchema,
      title: z.string(),
      stationName: z.string(),
      rotation: z.number().int().min(0),
      rotationCount: z.number().int().min(1),
    })
    .nullable()
    .describe('the interview day and station this session is a visit of; null for any other session'),
});
export type Session = z.infer<typeof sessionSchema>;
export type SessionDayPlace = NonNullable<Session['interviewDay']>;

/** One participant's time in the session's room, from the video server's webhooks (or the room's own presence). */
export const attendanceSchema = z.object({
  userId: uuidSchema,
  joinedAt: isoDateTimeSchema.describe('when they first joined'),
  leftAt: isoDateTimeSchema.nullable().describe('when they last left; null while they are in the room'),
  secondsPresent: z.number().int().describe('time in the room over every visit, the current one included'),
  call: z
    .object({
      state: z.enum(['connected', 'lost']).describe("whether their call carried the partner's media at the last report"),
      since: isoDateTimeSchema.describe('when that last changed'),
      firstConnectedAt: isoDateTimeSchema.nullable().describe("when their call first carried the partner's media"),
    })
    .nullable()
    .describe('what their browser reported of the call (call:media); null when it never reported'),
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** `GET /api/cohorts/:cohortId/member-activity`: how much each member has practised in the cohort. */
export const memberActivitySchema = z.object({
  userId: uuidSchema,
  sessionsDone: z.number().int().describe("the cohort's sessions they took part in that ran to the end (no-shows left out)"),
  lastSessionAt: isoDateTimeSchema.nullable().describe('when the latest of those started; null before the first'),
});
export type MemberActivity = z.infer<typeof memberActivitySchema>;

/** One session as its page shows it: the session and who has been in its room. */
export const sessionDetailSchema = sessionSchema.extend({
  attendance: z.array(attendanceSchema).describe('participants who have joined the room, in the order they first joined'),
});
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

export const sessionListQuerySchema = z.strictObject({
  scope: z.enum(['upcoming', 'past'], { error: 'must be upcoming or past' }).default('upcoming'),
  cohortId: uuidSchema.optional().describe('coordinators: every session of this cohort'),
});
