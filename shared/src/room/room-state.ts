import { MINUTE } from '../scheduling/booking-rules.js';
import type { SessionKind } from '../scheduling/scheduling.schema.js';
import type { RoomAction, RoomActionType, RoomPhase, RoomRole } from './room.schema.js';

/** The room's durable state: what the server stores (with its version) and the reducer advances. Times are epoch ms. */
export interface RoomState {
  version: number;
  phase: RoomPhase;
  half: 1 | 2;
  interviewerId: string;
  candidateId: string;
  /** Index into the current half's questions; null in the lobby, after the questions, or with an empty script. */
  questionIndex: number | null;
  /** Indexes of the current half's questions the candidate has been shown. */
  revealed: number[];
  answerStartedAt: number | null;
  startedAt: number | null;
  endedAt: number | null;
  /**
   * Peer sessions: who proposed swapping roles, waiting for the other to accept (or decline). Absent in states
   * stored before swaps were agreed, which read as no proposal.
   */
  swapProposedBy?: string | null;
}

/** Facts about the session the reducer needs but does not own. */
export interface RoomContext {
  kind: SessionKind;
  /** How many questions each half's script has (the second only matters in a peer session). */
  questionCounts: readonly [number, number];
  /** Peer sessions: the half time (epoch ms), from which either person may swap; null for other kinds. */
  swapAt: number | null;
  /** The scheduled start (epoch ms): before it the room is an equipment check, which cannot end the session. */
  startsAt: number;
}

export type RoomRefusal = { code: 'FORBIDDEN' | 'CONFLICT'; message: string };
export type RoomResult = { ok: true; state: RoomState } | { ok: false; refusal: RoomRefusal };

/** A new room: everyone in the lobby, nothing asked yet. */
export function initialRoomState(interviewerId: string, candidateId: string): RoomState {
  return {
    version: 0,
    phase: 'lobby',
    half: 1,
    interviewerId,
    candidateId,
    questionIndex: null,
    revealed: [],
    answerStartedAt: null,
    startedAt: null,
    endedAt: null,
    swapProposedBy: null,
  };
}

export function roomRoleOf(state: Pick<RoomState, 'interviewerId' | 'candidateId'>, userId: string): RoomRole {
  if (userId === state.interviewerId) return 'interviewer';
  if (userId === state.candidateId) return 'candidate';
  return 'observer';
}

/** Phases in which questions are asked. */
export function isQuestioning(phase: RoomPhase): boolean {
  return phase === 'interviewing' || phase === 'swap';
}

const refuse = (code: RoomRefusal['code'], message: string): RoomResult => ({ ok: false, refusal: { code, message } });

/** Actions either participant of a peer session takes: a swap needs both of them to agree. */
const SWAP_ACTIONS: readonly RoomActionType[] = ['swap', 'swap_decline', 'swap_withdraw'];

/**
 * Applies one action by one person at `now`. Pure: the server runs it under a row lock and stores the
 * result with the next version; a refusal changes nothing. Observers take no actions; in a peer session
 * either person may propose the swap (from half time on) and the other accepts, declines it, or the proposer
 * withdraws it; the interviewer takes every other action.
 */
export function applyRoomAction(
  state: RoomState,
  action: RoomAction,
  actorId: string,
  now: number,
  context: RoomContext,
): RoomResult {
  const role = roomRoleOf(state, actorId);
  if (role === 'observer') return refuse('FORBIDDEN', 'Observers watch the room: only the two participants act in it.');
  if (!SWAP_ACTIONS.includes(action.type) && role !== 'interviewer') {
    return refuse('FORBIDDEN', `Only the interviewer can ${ACTION_LABELS[action.type]}.`);
  }
  if (state.phase === 'ended') return refuse('CONFLICT', 'This session has ended.');
  const result = SWAP_ACTIONS.includes(action.type)
    ? agreeOnSwap(state, action.type, actorId, now, context)
    : transition(state, action.type, now, context);
  if (typeof result === 'string') return refuse('CONFLICT', result);
  return { ok: true, state: { ...result, version: state.version + 1 } };
}

const ACTION_LABELS: Record<RoomActionType, string> = {
  start: 'start the interview',
  reveal: 'reveal a question',
  next: 'move to the next question',
  previous: 'go back a question',
  timer_start: 'start the answer timer',
  timer_stop: 'stop the answer timer',
  swap: 'swap roles',
  swap_decline: 'decline the swap',
  swap_withdraw: 'withdraw the swap',
  wrap_up: 'wrap up',
  resume: 'go back to the questions',
  end: 'end the session',
};

/** The next state, or why the action does not fit the current one. */
function transition(state: RoomState, type: RoomActionType, now: number, context: RoomContext): RoomState | string {
  const count = context.questionCounts[state.half - 1];
  const questioning = isQuestioning(state.phase);
  const index = state.questionIndex;
  const onQuestion = (questionIndex: number): RoomState => ({ ...state, questionIndex, answerStartedAt: null });
  switch (type) {
    case 'start':
      if (state.phase !== 'lobby') return 'The interview has already started.';
      return { ...state, phase: 'interviewing', questionIndex: count > 0 ? 0 : null, startedAt: now };
    case 'reveal':
      if (!questioning || index === null) return 'There is no question to reveal right now.';
      if (state.revealed.includes(index)) return 'This question is already showing to the candidate.';
      return { ...state, revealed: [...state.revealed, index] };
    case 'next':
      if (!questioning || index === null) return 'There is no question to move on from right now.';
      if (index >= count - 1) return 'This is the last question of the script: wrap up when you are ready.';
      return onQuestion(index + 1);
    case 'previous':
      if (!questioning || index === null) return 'There is no question to go back from right now.';
      if (index === 0) return 'This is the first question of the script.';
      return onQuestion(index - 1);
    case 'timer_start':
      if (!questioning || index === null || !state.revealed.includes(index)) {
        return 'Reveal the question before starting the answer timer.';
      }
      return { ...state, answerStartedAt: now };
    case 'timer_stop':
      if (state.answerStartedAt === null) return 'The answer timer is not running.';
      return { ...state, answerStartedAt: null };
    case 'wrap_up':
      if (!questioning) return state.phase === 'lobby' ? 'Start the interview first.' : 'The interview is already wrapping up.';
      return { ...state, phase: 'wrap_up', answerStartedAt: null, swapProposedBy: null };
    case 'resume':
      // Wrapping up is a step back from the questions, not the end: until End, the interviewer may return to them.
      if (state.phase !== 'wrap_up') return 'Only a room that is wrapping up can go back to its questions.';
      return { ...state, phase: state.half === 2 ? 'swap' : 'interviewing' };
    case 'end':
      if (now < context.startsAt) {
        const minutes = Math.ceil((context.startsAt - now) / MINUTE);
        return `The session starts in ${minutes} minute${minutes === 1 ? '' : 's'}: ending it before then is not possible. To finish a camera check, leave the room; it will be here at the start.`;
      }
      return { ...state, phase: 'ended', answerStartedAt: null, endedAt: now, swapProposedBy: null };
    default:
      return `The action ${type} is not taken this way.`;
  }
}

/**
 * Swapping roles takes both people: one proposes (`swap`), the other accepts (`swap` too) or declines, and the
 * proposer may withdraw. So neither person, least of all a candidate mid-answer, swaps the other alone.
 */
function agreeOnSwap(
  state: RoomState,
  type: RoomActionType,
  actorId: string,
  now: number,
  context: RoomContext,
): RoomState | string {
  const proposedBy = state.swapProposedBy ?? null;
  if (type === 'swap_withdraw') {
    if (proposedBy !== actorId) return 'You have no swap proposal to withdraw.';
    return { ...state, swapProposedBy: null };
  }
  if (type === 'swap_decline') {
    if (proposedBy === null || proposedBy === actorId) return 'There is no swap proposal from your partner to decline.';
    return { ...state, swapProposedBy: null };
  }
  if (context.kind !== 'peer_swap' || context.swapAt === null) return 'Only peer sessions swap roles.';
  if (state.phase !== 'interviewing' || state.half !== 1) {
    return state.phase === 'lobby' ? 'Start the interview first.' : 'Roles have already been swapped in this session.';
  }
  if (now < context.swapAt) {
    const minutes = Math.ceil((context.swapAt - now) / MINUTE);
    return `Roles swap from half time: in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  }
  if (proposedBy === actorId) return 'You have proposed the swap already: your partner accepts it or declines it.';
  if (proposedBy === null) return { ...state, swapProposedBy: actorId };
  return {
    ...state,
    phase: 'swap',
    half: 2,
    interviewerId: state.candidateId,
    candidateId: state.interviewerId,
    questionIndex: context.questionCounts[1] > 0 ? 0 : null,
    revealed: [],
    answerStartedAt: null,
    swapProposedBy: null,
  };
}

/** The half time of a session, from which a peer session may swap roles. */
export function halfTime(startsAt: number, endsAt: number): number {
  return startsAt + Math.floor((endsAt - startsAt) / 2);
}
