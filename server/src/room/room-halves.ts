import type { RoomState } from '@rounds/shared';

/** The first half's interviewer and candidate (after a swap the state holds them the other way round). */
export function firstHalfPair(state: RoomState): [string, string] {
  return state.half === 1 ? [state.interviewerId, state.candidateId] : [state.candidateId, state.interviewerId];
}

/** The halves, so far, in which this person is or was the interviewer. */
export function halvesAskedBy(state: RoomState, userId: string): (1 | 2)[] {
  const [first, second] = firstHalfPair(state);
  const halves: (1 | 2)[] = [];
  if (userId === first) halves.push(1);
  if (state.half === 2 && userId === second) halves.push(2);
  return halves;
}
