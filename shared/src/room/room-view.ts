import type { ExperienceLevel } from '../enums.js';
import { NO_ACCOMMODATIONS, partnerAccommodationsOf, type PartnerAccommodations } from '../accommodations/accommodations.js';
import { interviewerModeGuide } from '../questions/content/interviewer-modes.js';
import { levelExpectationsFor } from '../questions/question.schema.js';
import type { ScriptSnapshot } from '../questions/question-api.schema.js';
import type { SessionKind } from '../scheduling/scheduling.schema.js';
import { answerTargetSeconds } from './answer-pace.js';
import { halfTime, roomRoleOf, type RoomContext, type RoomState } from './room-state.js';
import type { RoomDayContext, RoomGuide, RoomLogEntry, RoomView } from './room.schema.js';

export type SnapshotQuestion = ScriptSnapshot['sections'][number]['questions'][number];

/** A script's questions in the order they are asked. */
export function snapshotQuestions(snapshot: ScriptSnapshot | null): SnapshotQuestion[] {
  return snapshot ? snapshot.sections.flatMap((section) => section.questions) : [];
}

/** The room context a session's facts and its scripts give. */
export function roomContextOf(
  kind: SessionKind,
  scripts: readonly [ScriptSnapshot | null, ScriptSnapshot | null],
  times: { startsAt: number; swapAt: number | null },
): RoomContext {
  return {
    kind,
    questionCounts: [snapshotQuestions(scripts[0]).length, snapshotQuestions(scripts[1]).length],
    swapAt: kind === 'peer_swap' ? times.swapAt : null,
    startsAt: times.startsAt,
  };
}

export interface RoomViewInput {
  sessionId: string;
  kind: SessionKind;
  state: RoomState;
  /** The first half's script and, in a peer session, the second's. */
  scripts: readonly [ScriptSnapshot | null, ScriptSnapshot | null];
  viewerId: string;
  /** The viewer's own notes by question id (ignored for the candidate). */
  notes: Record<string, { text: string; savedAt: string }>;
  /** The scheduled start and end. */
  startsAt: number;
  endsAt: number;
  swapAt: number | null;
  now: number;
  /** Each participant's accommodations as a partner may see them; anyone missing has none. */
  accommodations?: Record<string, PartnerAccommodations>;
  /** The interview day this session is a station of, as the viewer sees it (their own next station). */
  day?: RoomDayContext | null;
  /** The candidate's experience level (of this half), when their profile says. */
  candidateLevel?: ExperienceLevel | null;
}

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());

/**
 * One person's view of the room. The candidate sees a question's prompt only once revealed, and never the
 * guide, the script or anyone's notes; the interviewer sees their own notes; an observer sees the guide.
 */
export function buildRoomView(input: RoomViewInput): RoomView {
  const { state } = input;
  const role = roomRoleOf(state, input.viewerId);
  const seesGuide = role !== 'candidate';
  const script = input.scripts[state.half - 1];
  const questions = snapshotQuestions(script);
  const current = state.questionIndex === null ? undefined : questions[state.questionIndex];
  const revealed = current !== undefined && state.revealed.includes(state.questionIndex!);
  const accommodationsOf = (userId: string) => input.accommodations?.[userId] ?? partnerAccommodationsOf(NO_ACCOMMODATIONS);
  return {
    sessionId: input.sessionId,
    version: state.version,
    kind: input.kind,
    phase: state.phase,
    half: state.half,
    role,
    interviewerId: state.interviewerId,
    candidateId: state.candidateId,
    question: current
      ? {
          id: current.questionId,
          index: state.questionIndex!,
          count: questions.length,
          revealed,
          prompt: revealed || seesGuide ? current.prompt : null,
          ...(current.station && { scenario: revealed || seesGuide ? current.station.scenario : null }),
          family: current.family,
          targetSeconds: current.targetSeconds,
        }
      : null,
    guide: current && seesGuide && script ? guideOf(current, script) : null,
    notes: role === 'interviewer' ? input.notes : role === 'observer' ? {} : null,
    script:
      seesGuide && script
        ? {
            title: script.title,
            questions: questions.map((question, index) => ({
              id: question.questionId,
              family: question.family,
              prompt: question.prompt,
              revealed: state.revealed.includes(index),
            })),
          }
        : null,
    timer: {
      answerStartedAt: iso(state.answerStartedAt),
      targetSeconds: current ? answerTargetSeconds(current.targetSeconds, accommodationsOf(state.candidateId).extraTime) : null,
    },
    clock: {
      startedAt: iso(state.startedAt),
      endsAt: new Date(input.endsAt).toISOString(),
      serverNow: new Date(input.now).toISOString(),
      swapAt: input.kind === 'peer_swap' ? iso(input.swapAt) : null,
      halfTimeAt: iso(halfTime(input.startsAt, input.endsAt)),
    },
    swapProposedBy: state.swapProposedBy ?? null,
    accommodations: {
      [state.interviewerId]: accommodationsOf(state.interviewerId),
      [state.candidateId]: accommodationsOf(state.candidateId),
    },
    day: input.day ?? null,
    candidateLevel: seesGuide ? (input.candidateLevel ?? null) : null,
  };
}

function guideOf(question: SnapshotQuestion, script: ScriptSnapshot): RoomGuide {
  const mode = script.mode ? { mode: script.mode, ...interviewerModeGuide(script.mode, script.persona, question.family) } : null;
  return {
    intent: question.assesses,
    // A mode's harder probes come first: they are what the interviewer is there to practise.
    probes: mode ? [...new Set([...mode.probes, ...question.probes])] : question.probes,
    framework: question.frameworkHint,
    whatGoodLooksLike: levelExpectationsFor(question, script.track),
    competencies: question.competencies,
    ...(question.askOnlyWhen && { askOnlyWhen: question.askOnlyWhen }),
    ...(mode && { mode: { mode: mode.mode, brief: mode.brief } }),
  };
}

/** The log entry an accepted action leaves: who, what, when, and where the room then stood. */
export function roomLogEntry(
  type: RoomLogEntry['type'],
  by: string,
  at: number,
  state: RoomState,
  scripts: readonly [ScriptSnapshot | null, ScriptSnapshot | null],
): RoomLogEntry {
  const question = state.questionIndex === null ? undefined : snapshotQuestions(scripts[state.half - 1])[state.questionIndex];
  return {
    version: state.version,
    at: new Date(at).toISOString(),
    by,
    type,
    half: state.half,
    phase: state.phase,
    questionId: question?.questionId ?? null,
    revealed: state.questionIndex !== null && state.revealed.includes(state.questionIndex),
  };
}

export interface AskedQuestion {
  questionId: string;
  half: 1 | 2;
  /** When the candidate first saw it. */
  askedAt: string;
  /** Seconds it was the current, revealed question, over every visit. */
  seconds: number;
}

/**
 * The questions asked (revealed to the candidate), in the order first asked, with the time spent on each,
 * read from the room log. A question's time runs from its reveal (or a return to it) until the room moves
 * on; a room still on it counts until `until`. Each half is its own interview: a question both interviewers
 * of a peer session ask (every script opens with "Tell me about yourself") is listed once per half.
 */
export function askedQuestions(log: readonly RoomLogEntry[], until: number): AskedQuestion[] {
  const asked = new Map<string, AskedQuestion>();
  let open: { key: string; since: number } | undefined;
  const close = (at: number) => {
    if (!open) return;
    asked.get(open.key)!.seconds += Math.max(0, Math.round((at - open.since) / 1000));
    open = undefined;
  };
  for (const entry of [...log].sort((a, b) => a.version - b.version)) {
    const at = Date.parse(entry.at);
    const showing = entry.questionId !== null && entry.revealed && (entry.phase === 'interviewing' || entry.phase === 'swap');
    const key = `${entry.half}:${entry.questionId}`;
    if (open && (!showing || open.key !== key)) close(at);
    if (showing && !open) {
      if (!asked.has(key)) asked.set(key, { questionId: entry.questionId!, half: entry.half, askedAt: entry.at, seconds: 0 });
      open = { key, since: at };
    }
  }
  close(until);
  return [...asked.values()];
}
