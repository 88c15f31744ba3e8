import { answerPace, type RoomView } from '@rounds/shared';
import { answerElapsedSeconds, availableActions, canSwap, readSessionClock, serverOffsetMs } from './room-clock';
import { isTypingTarget, shortcutAction } from './room-shortcuts';

const T0 = Date.parse('2026-05-04T14:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

function viewWith(overrides: Partial<RoomView> = {}): RoomView {
  return {
    sessionId: '00000000-0000-4000-8000-000000000001',
    version: 3,
    kind: 'mentor_interview',
    phase: 'interviewing',
    half: 1,
    role: 'interviewer',
    interviewerId: '00000000-0000-4000-8000-000000000002',
    candidateId: '00000000-0000-4000-8000-000000000003',
    question: {
      id: '00000000-0000-4000-8000-000000000004',
      index: 1,
      count: 3,
      revealed: false,
      prompt: 'Tell me about a time…',
      family: 'behavioural',
      targetSeconds: 120,
    },
    guide: null,
    notes: {},
    script: null,
    timer: { answerStartedAt: null, targetSeconds: 120 },
    clock: { startedAt: at(0), endsAt: at(30 * 60), serverNow: at(60), swapAt: null },
    accommodations: {},
    day: null,
    ...overrides,
  };
}

describe('the session clock', () => {
  it('corrects for a browser clock that runs behind the server', () => {
    expect(serverOffsetMs(viewWith(), T0 + 60_000 - 4_000)).toBe(4_000);
  });

  it('counts elapsed and remaining time, warning from five minutes before the end', () => {
    const clock = viewWith().clock;
    expect(readSessionClock(clock, T0 + 90_000)).toEqual({
      state: 'running',
      elapsedSeconds: 90,
      remainingSeconds: 28 * 60 + 30,
      warning: false,
    });
    expect(readSessionClock(clock, T0 + 25 * 60_000)).toMatchObject({ state: 'running', remainingSeconds: 300, warning: true });
    expect(readSessionClock(clock, T0 + 31 * 60_000)).toEqual({ state: 'over_time', elapsedSeconds: 31 * 60, overSeconds: 60 });
  });

  it('has not started in the lobby', () => {
    const clock = { ...viewWith().clock, startedAt: null };
    expect(readSessionClock(clock, T0)).toEqual({ state: 'not_started', remainingSeconds: 30 * 60 });
  });
});

describe('the answer timer', () => {
  it('paces answers: under a minute, one to two, over two', () => {
    expect([0, 59, 60, 120, 121].map((seconds) => answerPace(seconds))).toEqual(['building', 'building', 'good', 'good', 'long']);
  });

  it('runs from the server timestamp, and is stopped without one', () => {
    expect(answerElapsedSeconds({ answerStartedAt: at(10), targetSeconds: 120 }, T0 + 75_500)).toBe(65);
    expect(answerElapsedSeconds({ answerStartedAt: null, targetSeconds: 120 }, T0)).toBeNull();
  });
});

describe('the actions on offer', () => {
  it('offers reveal before the timer, and the timer only for a revealed question', () => {
    const hidden = availableActions(viewWith(), T0);
    expect([...hidden].sort()).toEqual(['end', 'next', 'previous', 'reveal', 'wrap_up']);
    const revealed = viewWith({ question: { ...viewWith().question!, revealed: true } });
    expect(availableActions(revealed, T0).has('timer_start')).toBe(true);
    const timing = { ...revealed, timer: { answerStartedAt: at(60), targetSeconds: 120 } };
    expect(availableActions(timing, T0).has('timer_stop')).toBe(true);
    expect(availableActions(timing, T0).has('timer_start')).toBe(false);
  });

  it('offers only start in the lobby (and end), nothing once ended', () => {
    expect([...availableActions(viewWith({ phase: 'lobby', question: null }), T0)].sort()).toEqual(['end', 'start']);
    expect(availableActions(viewWith({ phase: 'ended' }), T0).size).toBe(0);
  });

  it('lets a peer session swap from half time, once', () => {
    const peer = viewWith({ kind: 'peer_swap', clock: { ...viewWith().clock, swapAt: at(15 * 60) } });
    expect(canSwap(peer, T0 + 14 * 60_000)).toBe(false);
    expect(canSwap(peer, T0 + 15 * 60_000)).toBe(true);
    expect(canSwap({ ...peer, phase: 'swap', half: 2 }, T0 + 16 * 60_000)).toBe(false);
    expect(canSwap(viewWith(), T0 + 16 * 60_000)).toBe(false);
  });

  it('offers the interviewer to propose a swap, accept or decline the candidate’s, or withdraw their own', () => {
    const peer = viewWith({ kind: 'peer_swap', clock: { ...viewWith().clock, swapAt: at(15 * 60) } });
    const later = T0 + 16 * 60_000;
    const swapActions = (view: RoomView) => [...availableActions(view, later)].filter((a) => a.startsWith('swap')).sort();
    expect(swapActions(peer)).toEqual(['swap']);
    expect(swapActions({ ...peer, swapProposedBy: peer.candidateId })).toEqual(['swap', 'swap_decline']);
    expect(swapActions({ ...peer, swapProposedBy: peer.interviewerId })).toEqual(['swap_withdraw']);
  });

  it('offers going back to the questions while wrapping up, until the end', () => {
    expect([...availableActions(viewWith({ phase: 'wrap_up' }), T0)].sort()).toEqual(['end', 'resume']);
    expect(availableActions(viewWith({ phase: 'ended' }), T0).has('resume')).toBe(false);
  });
});

describe('keyboard shortcuts', () => {
  const key = (value: string, modifiers: Partial<KeyboardEvent> = {}) => ({
    key: value,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    repeat: false,
    ...modifiers,
  });
  const available = new Set(['reveal', 'next', 'timer_stop'] as const);

  it('maps a key to the action available now, in either case', () => {
    expect(shortcutAction(key('r'), false, available)).toBe('reveal');
    expect(shortcutAction(key('N'), false, available)).toBe('next');
    expect(shortcutAction(key('t'), false, available)).toBe('timer_stop');
    expect(shortcutAction(key('p'), false, available)).toBeNull();
    expect(shortcutAction(key('q'), false, available)).toBeNull();
  });

  it('leaves typing, held keys and the browser’s own shortcuts alone', () => {
    expect(shortcutAction(key('r'), true, available)).toBeNull();
    expect(shortcutAction(key('r', { ctrlKey: true }), false, available)).toBeNull();
    expect(shortcutAction(key('r', { metaKey: true }), false, available)).toBeNull();
    expect(shortcutAction(key('r', { repeat: true }), false, available)).toBeNull();
  });

  it('knows a text box from a button', () => {
    const element = (matches: boolean, isContentEditable = false) =>
      ({ isContentEditable, closest: () => (matches ? {} : null) }) as unknown as EventTarget;
    expect(isTypingTarget(element(true))).toBe(true);
    expect(isTypingTarget(element(false, true))).toBe(true);
    expect(isTypingTarget(element(false))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
