import { HOUR } from '../scheduling/booking-rules.js';
import type { ParticipantRole, SessionKind } from '../scheduling/scheduling.schema.js';
import type { Track } from '../enums.js';
import { COMPETENCY_LABELS, type Competency } from '../questions/question.enums.js';
import {
  FEEDBACK_FIELDS,
  FEEDBACK_IMPROVEMENTS,
  FEEDBACK_REQUIRED_FIELDS,
  type FeedbackContent,
  type FeedbackKind,
} from './feedback.schema.js';

/** Rules both sides apply, in one place. */
export const FEEDBACK_RULES = {
  /** An interviewer form reaches the candidate at the latest this long after the session ends. */
  releaseAfterHours: 48,
  /** Interviewers see the ratings they received only in aggregate, from this many on. */
  ratingsShownFrom: 3,
  /** A mentor who still owes an interviewer form this long after the session gets one reminder. */
  reminderAfterHours: 24,
  /** A candidate may ask an interviewer for their feedback once a day per session. */
  requestIntervalHours: 24,
  /** A thank-you note goes through Rounds only this long after the session: it lands best within the day. */
  thankYouWithinHours: 24,
} as const;

/**
 * How a candidate follows up after a real interview on each track (DOMAIN.md, "Before and after"). Thanks in
 * person are always right. A written note is a judgement call: for jobs and informational interviews within a
 * day; for residency and fellowship only where the program welcomes it, since many ask applicants not to write.
 */
export const FOLLOW_UP_ADVICE: Record<Track, { writtenNote: 'within_a_day' | 'if_program_welcomes'; advice: string }> = {
  residency_fellowship: {
    writtenNote: 'if_program_welcomes',
    advice:
      'Thank each interviewer in person before you leave the room or the call. After a real residency or fellowship interview, follow the program’s instructions about notes: many ask applicants not to send any, so write a short one only where the program says it welcomes them. A note to your practice interviewer here is optional.',
  },
  healthcare_job: {
    writtenNote: 'within_a_day',
    advice:
      'Thank the interviewers in person at the end, then send a short note within a day: one thing you took from the conversation and your continued interest. If you hear nothing after the stated time, it is fair to ask for feedback.',
  },
  informational: {
    writtenNote: 'within_a_day',
    advice:
      'Thank the professional for their time and advice before the call ends, and send a short note within a day naming one piece of advice you will act on. If they agreed to stay in contact, keep any promise you made.',
  },
};

/** The latest an interviewer form reaches its candidate, submitted or not by then. */
export function releaseDeadline(endedAt: number): number {
  return endedAt + FEEDBACK_RULES.releaseAfterHours * HOUR;
}

/**
 * When an interviewer form reaches its candidate: once it is submitted and the candidate's own self form is
 * in, or 48 hours after the session ended, whichever comes first (never before it is submitted). Null while
 * it is a draft. The moment may lie ahead: compare it with the clock.
 */
export function releaseTime(submittedAt: number | null, selfSubmittedAt: number | null, endedAt: number): number | null {
  if (submittedAt === null) return null;
  const deadline = releaseDeadline(endedAt);
  const candidateReady = selfSubmittedAt === null ? deadline : Math.min(selfSubmittedAt, deadline);
  return Math.max(submittedAt, candidateReady);
}

export function isReleased(submittedAt: number | null, selfSubmittedAt: number | null, endedAt: number, now: number): boolean {
  const at = releaseTime(submittedAt, selfSubmittedAt, endedAt);
  return at !== null && at <= now;
}

/** The mean shown to an interviewer: only from three ratings on, so no single rating can be singled out. */
export function ratingsAggregate(helpfulness: readonly number[]): { count: number; mean: number | null } {
  const count = helpfulness.length;
  if (count < FEEDBACK_RULES.ratingsShownFrom) return { count, mean: null };
  return { count, mean: Math.round((helpfulness.reduce((sum, value) => sum + value, 0) / count) * 100) / 100 };
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** Fields sent that belong to another kind of form, each with what to do about it. */
export function foreignFields(kind: FeedbackKind, body: Record<string, unknown>): FieldProblem[] {
  return Object.keys(body)
    .filter((field) => body[field] !== undefined && !FEEDBACK_FIELDS[kind].includes(field))
    .map((field) => ({
      field,
      message: `is not part of the ${kind} form (it takes ${FEEDBACK_FIELDS[kind].join(', ')}): remove it`,
    }));
}

/** What a form still lacks before it can be submitted: each missing field or score, worded to be fixed. */
export function missingForSubmit(
  kind: FeedbackKind,
  content: FeedbackContent,
  requiredCompetencies: readonly Competency[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const filled = (field: string) => {
    const value = (content as Record<string, unknown>)[field];
    if (value === undefined) return false;
    if (typeof value === 'string') return value.trim().length > 0;
    if (Array.isArray(value)) return value.length > 0;
    if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0;
    return true;
  };
  for (const field of FEEDBACK_REQUIRED_FIELDS[kind]) {
    if (field === 'scores') continue;
    if (!filled(field)) {
      problems.push({
        field,
        message:
          field === 'improvements'
            ? `needs ${FEEDBACK_IMPROVEMENTS.min} to ${FEEDBACK_IMPROVEMENTS.max} concrete things to work on`
            : 'is required to submit',
      });
    }
  }
  if (FEEDBACK_REQUIRED_FIELDS[kind].includes('scores')) {
    const scores = content.scores ?? {};
    const notObserved = new Set(content.notObserved ?? []);
    for (const competency of requiredCompetencies) {
      if (scores[competency] === undefined && !notObserved.has(competency)) {
        problems.push({
          field: `scores.${competency}`,
          message: `is required: this session scores ${COMPETENCY_LABELS[competency]}; score it 1 to 5, or mark it not observed`,
        });
      }
    }
    if (requiredCompetencies.length === 0 && Object.keys(scores).length === 0) {
      problems.push({ field: 'scores', message: 'needs at least one competency scored 1 to 5' });
    }
  }
  return problems;
}

/** A competency both scored and marked not observed: the form must say one or the other. */
export function contradictoryScores(content: FeedbackContent): FieldProblem[] {
  const scores = content.scores ?? {};
  return (content.notObserved ?? [])
    .filter((competency) => scores[competency] !== undefined)
    .map((competency) => ({
      field: `notObserved.${competency}`,
      message: `is also scored ${scores[competency]}: keep the score or "not observed", not both`,
    }));
}

export interface InterviewPair {
  interviewerId: string;
  candidateId: string;
}

/**
 * Who interviewed whom, from the session's kind and its participants' roles: in a peer swap each candidate
 * interviews the other; otherwise every interviewer interviews every candidate. Observers are in no pair.
 */
export function interviewPairs(
  kind: SessionKind,
  participants: readonly { userId: string; role: ParticipantRole }[],
): InterviewPair[] {
  const candidates = participants.filter((p) => p.role === 'candidate').map((p) => p.userId);
  if (kind === 'peer_swap') {
    return candidates.flatMap((interviewerId) =>
      candidates.filter((candidateId) => candidateId !== interviewerId).map((candidateId) => ({ interviewerId, candidateId })),
    );
  }
  const interviewers = participants.filter((p) => p.role === 'interviewer').map((p) => p.userId);
  return interviewers.flatMap((interviewerId) => candidates.map((candidateId) => ({ interviewerId, candidateId })));
}

/** Mean and population standard deviation of a list of scores, rounded to two decimals (nulls when empty). */
export function spreadOf(values: readonly number[]): {
  mean: number | null;
  standardDeviation: number | null;
  min: number | null;
  max: number | null;
} {
  if (values.length === 0) return { mean: null, standardDeviation: null, min: null, max: null };
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { mean: round(mean), standardDeviation: round(Math.sqrt(variance)), min: Math.min(...values), max: Math.max(...values) };
}

export interface ExpectedForm {
  kind: FeedbackKind;
  authorId: string;
  aboutId: string;
}

/**
 * Every form a session asks for, from who interviewed whom: an interviewer form and a rating per pair (each
 * way round), and one self form per person who was interviewed.
 */
export function expectedForms(pairs: readonly InterviewPair[]): ExpectedForm[] {
  const forms: ExpectedForm[] = [];
  for (const pair of pairs) {
    forms.push({ kind: 'interviewer', authorId: pair.interviewerId, aboutId: pair.candidateId });
    forms.push({ kind: 'rating', authorId: pair.candidateId, aboutId: pair.interviewerId });
  }
  for (const candidateId of new Set(pairs.map((pair) => pair.candidateId))) {
    forms.push({ kind: 'self', authorId: candidateId, aboutId: candidateId });
  }
  return forms;
}
