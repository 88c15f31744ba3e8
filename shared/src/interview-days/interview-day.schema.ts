import { z } from 'zod';
import { READINESS_LEVELS } from '../feedback/feedback.schema.js';
import { COMPETENCIES } from '../questions/question.enums.js';
import { ROOM_PHASES } from '../room/room.schema.js';
import { dateSchema, reasonSchema, SESSION_STATUSES } from '../scheduling/scheduling.schema.js';
import { isoDateTimeSchema, personaSchema, textLine, timeZoneSchema, uuidSchema } from '../schemas/common.schema.js';

/** The rules of an interview day, shared by the form that builds one and the server that refuses it. */
export const INTERVIEW_DAY_RULES = {
  stationMinutes: { min: 5, max: 20 },
  gapMinutes: { default: 2, max: 30 },
  maxStations: 20,
  maxCandidates: 40,
  /** A day from the first rotation's start to the last one's end may last at most this long. */
  maxDayHours: 12,
  /** Every room shows "one minute left" this long before its rotation ends. */
  warningMinutes: 1,
  /** The live view calls a participant absent who has not joined this long after their rotation started. */
  absentAfterMinutes: 2,
} as const;

const wholeMinutes = (min: number, max: number) =>
  z
    .number({ error: 'must be a number of minutes' })
    .int({ error: 'must be whole minutes' })
    .min(min, { error: `must be at least ${min} minutes` })
    .max(max, { error: `must be at most ${max} minutes` });

const startTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time like 09:30 (24-hour)' })
  .describe('when the first rotation starts, in timeZone');

/** One station of the circuit as the coordinator sets it up: who interviews there, as whom, from which script. */
export const dayStationRequestSchema = z.strictObject({
  name: textLine(80).optional().describe('shown to everyone, e.g. "Station 3: ethics"; default "Station <n>: <persona>"'),
  persona: personaSchema,
  scriptId: z
    .uuid({ error: (issue) => (issue.input === undefined ? 'is required: every station needs a script' : 'must be a UUID') })
    .describe("a built-in script or one of the cohort's own"),
  minutes: wholeMinutes(INTERVIEW_DAY_RULES.stationMinutes.min, INTERVIEW_DAY_RULES.stationMinutes.max),
  interviewerId: uuidSchema.describe(
    'a mentor of the cohort, or a candidate taking the station as a peer; stays in this room all day',
  ),
});
export type DayStationRequest = z.input<typeof dayStationRequestSchema>;

/** `POST /api/cohorts/:cohortId/interview-days`. */
export const createInterviewDayRequestSchema = z
  .strictObject({
    title: textLine(120).default('Interview day'),
    date: dateSchema.describe("the day's date in timeZone"),
    startTime: startTimeSchema,
    timeZone: timeZoneSchema.describe("the coordinator's IANA zone, in which date and startTime are read"),
    gapMinutes: wholeMinutes(0, INTERVIEW_DAY_RULES.gapMinutes.max)
      .default(INTERVIEW_DAY_RULES.gapMinutes.default)
      .describe('between rotations, for moving to the next room'),
    stations: z
      .array(dayStationRequestSchema)
      .min(1, { error: 'needs at least one station' })
      .max(INTERVIEW_DAY_RULES.maxStations, { error: `has at most ${INTERVIEW_DAY_RULES.maxStations} stations` }),
    candidateIds: z
      .array(uuidSchema)
      .min(1, { error: 'needs at least one candidate' })
      .max(INTERVIEW_DAY_RULES.maxCandidates, { error: `has at most ${INTERVIEW_DAY_RULES.maxCandidates} candidates` }),
  })
  .superRefine((body, context) => {
    const stationOf = new Map<string, number>();
    body.stations.forEach((station, index) => {
      const first = stationOf.get(station.interviewerId);
      if (first !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['stations', index, 'interviewerId'],
          message: `already interviews at station ${first + 1}: each station needs its own interviewer`,
        });
      } else stationOf.set(station.interviewerId, index);
    });
    const seen = new Set<string>();
    body.candidateIds.forEach((id, index) => {
      if (seen.has(id)) {
        context.addIssue({ code: 'custom', path: ['candidateIds', index], message: 'lists this candidate twice' });
      }
      seen.add(id);
      const station = stationOf.get(id);
      if (station !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['candidateIds', index],
          message: `is also the interviewer of station ${station + 1}: nobody can be in two places at once`,
        });
      }
    });
  });
export type CreateInterviewDayRequest = z.input<typeof createInterviewDayRequestSchema>;

/**
 * `PATCH /api/interview-days/:dayId`: what a coordinator changes on a built day. Only what is given changes.
 * Times (date, startTime, timeZone, gapMinutes, a station's minutes) move every session of the day and need a
 * reason for the people in it; names only rename. Who interviews where and who takes part stay as built.
 */
export const updateInterviewDayRequestSchema = z
  .strictObject({
    title: textLine(120).optional(),
    date: dateSchema.optional().describe("the day's new date in timeZone (or the day's own zone)"),
    startTime: startTimeSchema.optional(),
    timeZone: timeZoneSchema.optional().describe('the zone date and startTime are read in; the day keeps its own by default'),
    gapMinutes: wholeMinutes(0, INTERVIEW_DAY_RULES.gapMinutes.max).optional(),
    stations: z
      .array(
        z.strictObject({
          stationId: uuidSchema,
          name: textLine(80).optional(),
          minutes: wholeMinutes(INTERVIEW_DAY_RULES.stationMinutes.min, INTERVIEW_DAY_RULES.stationMinutes.max).optional(),
        }),
      )
      .max(INTERVIEW_DAY_RULES.maxStations, { error: `has at most ${INTERVIEW_DAY_RULES.maxStations} stations` })
      .refine((stations) => new Set(stations.map((s) => s.stationId)).size === stations.length, {
        error: 'lists a station twice',
      })
      .optional(),
    reason: reasonSchema.optional().describe('told to everyone whose sessions move; required when the times change'),
  })
  .refine(
    (body) =>
      [body.title, body.date, body.startTime, body.timeZone, body.gapMinutes].some((value) => value !== undefined) ||
      (body.stations ?? []).some((station) => station.name !== undefined || station.minutes !== undefined),
    { error: 'changes nothing: give a new title, date, start time, gap, or station names or minutes' },
  );
export type UpdateInterviewDayRequest = z.input<typeof updateInterviewDayRequestSchema>;

/** `POST /api/interview-days/:dayId/cancel`: calls off the day; every session of it not yet run is cancelled. */
export const cancelInterviewDayRequestSchema = z.strictObject({
  reason: reasonSchema.describe('told to everyone in the day'),
});
export type CancelInterviewDayRequest = z.input<typeof cancelInterviewDayRequestSchema>;

const dayPersonSchema = z.object({ userId: uuidSchema, displayName: z.string(), timeZone: z.string() });
export type DayPerson = z.infer<typeof dayPersonSchema>;

/** A day in a cohort's list. Times are ISO instants; `date`/`startTime` as the coordinator entered them. */
export const interviewDaySummarySchema = z.object({
  id: uuidSchema,
  cohortId: uuidSchema,
  title: z.string(),
  date: z.string(),
  startTime: z.string(),
  timeZone: z.string().describe('the zone date and startTime were given in'),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  gapMinutes: z.number().int(),
  rotationMinutes: z.number().int().describe('every rotation lasts as long as the longest station'),
  rotationCount: z.number().int(),
  stationCount: z.number().int(),
  candidateCount: z.number().int(),
  createdAt: isoDateTimeSchema,
  cancelledAt: isoDateTimeSchema.nullable().describe('when the day was called off; its sessions were cancelled then'),
  cancelReason: z.string().nullable(),
});
export type InterviewDaySummary = z.infer<typeof interviewDaySummarySchema>;

export const interviewDayStationSchema = z.object({
  id: uuidSchema,
  index: z.number().int().min(0).describe('0-based position in the circuit'),
  name: z.string(),
  persona: personaSchema,
  minutes: z.number().int(),
  script: z.object({ id: uuidSchema, title: z.string() }),
  interviewer: dayPersonSchema,
});
export type InterviewDayStation = z.infer<typeof interviewDayStationSchema>;

/** One candidate at one station in one rotation: one session with its own room. */
export const interviewDayVisitSchema = z.object({
  sessionId: uuidSchema,
  stationId: uuidSchema,
  candidateId: uuidSchema,
  interviewerId: uuidSchema,
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema.describe('the station may end before the rotation does'),
  status: z.enum(SESSION_STATUSES),
  mine: z.boolean().describe('the viewer is the candidate or the interviewer of this visit'),
});
export type InterviewDayVisit = z.infer<typeof interviewDayVisitSchema>;

export const interviewDayRotationSchema = z.object({
  index: z.number().int().min(0),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  visits: z.array(interviewDayVisitSchema).describe('in station order; a station without a candidate this rotation is left out'),
});
export type InterviewDayRotation = z.infer<typeof interviewDayRotationSchema>;

/** One step of a person's own day: a station (as candidate or interviewer) or a rotation spent waiting. */
export const itineraryStepSchema = z.object({
  rotation: z.number().int().min(0),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  /** "09:24" in the viewer's zone. */
  localStart: z.string(),
  localEnd: z.string(),
  kind: z.enum(['station', 'waiting']),
  role: z.enum(['candidate', 'interviewer']),
  sessionId: uuidSchema.nullable(),
  stationId: uuidSchema.nullable(),
  stationName: z.string().nullable(),
  partner: dayPersonSchema.nullable().describe('the interviewer, for a candidate; the candidate, for an interviewer'),
});
export type ItineraryStep = z.infer<typeof itineraryStepSchema>;

/** `GET /api/interview-days/:dayId` (and the answer to creating one). */
export const interviewDaySchema = interviewDaySummarySchema.extend({
  viewer: z.object({
    roles: z.array(z.enum(['coordinator', 'candidate', 'interviewer'])).describe("the viewer's part in this day"),
    timeZone: z.string().describe("the viewer's own zone, in which itinerary's local times are given"),
  }),
  stations: z.array(interviewDayStationSchema),
  candidates: z.array(dayPersonSchema),
  rotations: z.array(interviewDayRotationSchema),
  itinerary: z.array(itineraryStepSchema).describe("the viewer's own steps, every rotation (empty when they take no part)"),
});
export type InterviewDay = z.infer<typeof interviewDaySchema>;

const livePersonSchema = z.object({
  userId: uuidSchema,
  displayName: z.string(),
  present: z.boolean().describe('in the room now (attendance)'),
  joinedAt: isoDateTimeSchema.nullable().describe('first joined this room'),
  absent: z.boolean().describe(`not joined ${INTERVIEW_DAY_RULES.absentAfterMinutes} minutes after the rotation started`),
});
export type LivePerson = z.infer<typeof livePersonSchema>;

/** One station's room at this moment. */
export const liveStationSchema = z.object({
  stationId: uuidSchema,
  name: z.string(),
  session: z
    .object({
      sessionId: uuidSchema,
      rotation: z.number().int(),
      startsAt: isoDateTimeSchema,
      endsAt: isoDateTimeSchema,
      status: z.enum(SESSION_STATUSES),
      roomPhase: z.enum(ROOM_PHASES).describe('lobby when nobody has opened the room'),
      interviewer: livePersonSchema,
      candidate: livePersonSchema,
      runningLate: z.boolean().describe('the room has not ended although its time is up'),
    })
    .nullable()
    .describe("the station's session of the current rotation (the last one begun); null when no candidate is there"),
});
export type LiveStation = z.infer<typeof liveStationSchema>;

/** `GET /api/interview-days/:dayId/live`: every room of the day now (coordinators; poll it every few seconds). */
export const interviewDayLiveSchema = z.object({
  dayId: uuidSchema,
  serverNow: isoDateTimeSchema,
  state: z.enum(['before', 'rotation', 'gap', 'after']),
  rotation: z.number().int().nullable().describe('the rotation running or last run; null before the day'),
  rotationEndsAt: isoDateTimeSchema.nullable(),
  nextRotationStartsAt: isoDateTimeSchema.nullable(),
  stations: z.array(liveStationSchema),
});
export type InterviewDayLive = z.infer<typeof interviewDayLiveSchema>;

const competencyScoresSchema = z.partialRecord(z.enum(COMPETENCIES), z.number());

/** One candidate's day: a row per station, a column per competency. */
export const dayCandidateScoresSchema = z.object({
  candidate: z.object({ userId: uuidSchema, displayName: z.string() }),
  stations: z.array(
    z.object({
      stationId: uuidSchema,
      sessionId: uuidSchema,
      submitted: z.boolean().describe("the interviewer's form is submitted (and, for the candidate, released to them)"),
      scores: competencyScoresSchema,
      readiness: z.enum(READINESS_LEVELS).nullable(),
    }),
  ),
  means: competencyScoresSchema.describe('per competency, over the stations that scored it'),
  overall: z.number().nullable().describe('mean of every score of the day'),
});
export type DayCandidateScores = z.infer<typeof dayCandidateScoresSchema>;

export const stationSeveritySchema = z.object({
  stationId: uuidSchema,
  interviewer: z.object({ userId: uuidSchema, displayName: z.string() }),
  severity: z
    .number()
    .nullable()
    .describe(
      "mean of (their score − the other interviewers' mean for the same candidate and competency): below 0 marks harder, above 0 more generously; null with nothing to compare",
    ),
  comparisons: z.number().int().describe('scores that had another interviewer’s score to compare with'),
  scoresGiven: z.number().int(),
});
export type StationSeverity = z.infer<typeof stationSeveritySchema>;

/** `GET /api/interview-days/:dayId/scores`: a candidate's own summary, or every candidate and severity for coordinators. */
export const interviewDayScoresSchema = z.object({
  dayId: uuidSchema,
  competencies: z.array(z.enum(COMPETENCIES)).describe('the columns, in rubric order'),
  stations: z.array(z.object({ stationId: uuidSchema, name: z.string(), persona: personaSchema })),
  candidates: z.array(dayCandidateScoresSchema).describe('a candidate gets only their own'),
  severity: z.array(stationSeveritySchema).nullable().describe('coordinators only; null for a candidate'),
});
export type InterviewDayScores = z.infer<typeof interviewDayScoresSchema>;

/** The day's CSV: one row per candidate × station. */
export const INTERVIEW_DAY_CSV_COLUMNS = [
  'day_id',
  'rotation',
  'starts_at',
  'station',
  'persona',
  'interviewer_id',
  'interviewer_name',
  'interviewer_severity',
  'candidate_id',
  'candidate_name',
  'session_id',
  'submitted_at',
  ...COMPETENCIES,
  'readiness',
] as const;
export type InterviewDayCsvColumn = (typeof INTERVIEW_DAY_CSV_COLUMNS)[number];
