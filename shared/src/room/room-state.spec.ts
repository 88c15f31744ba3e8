import { interviewerModeGuide, SKEPTICAL_PROBES } from '../questions/content/interviewer-modes.js';
import type { ScriptSnapshot } from '../questions/question-api.schema.js';
import { applyRoomAction, halfTime, initialRoomState, type RoomContext, type RoomResult, type RoomState } from './room-state.js';
import { askedQuestions, buildRoomView, roomContextOf, roomLogEntry, type RoomViewInput } from './room-view.js';
import type { RoomActionType, RoomLogEntry } from './room.schema.js';
import { roomViewSchema } from './room.schema.js';

const interviewer = '11111111-1111-4111-8111-111111111111';
const candidate = '22222222-2222-4222-8222-222222222222';
const stranger = '33333333-3333-4333-8333-333333333333';
const sessionId = '44444444-4444-4444-8444-444444444444';
const T0 = Date.parse('2026-12-04T15:00:00Z');
const END = T0 + 30 * 60_000;

function question(n: number) {
  return {
    questionId: `5555555${n}-5555-4555-8555-555555555555`,
    version: 1,
    family: 'behavioural' as const,
    prompt: `Question ${n}: tell me about a time…`,
    assesses: `intent ${n}`,
    probes: [`probe ${n}`],
    frameworkHint: 'STAR',
    competencies: ['communication' as const],
    tracks: ['residency_fellowship' as const],
    personas: ['program_director' as const],
    levelExpectations: { student: 'a clear story' },
    targetSeconds: 120,
  };
}

function snapshot(title: string, ...numbers: number[]): ScriptSnapshot {
  return {
    id: '66666666-6666-4666-8666-666666666666',
    scriptId: '77777777-7777-4777-8777-777777777777',
    scriptVersion: 1,
    takenAt: new Date(T0).toISOString(),
    title,
    track: 'residency_fellowship',
    persona: 'program_director',
    sections: [{ section: 'behavioural', minutes: 10, questions: numbers.map(question) }],
  } as ScriptSnapshot;
}

const mentorContext: RoomContext = { kind: 'mentor_interview', questionCounts: [3, 0], swapAt: null, startsAt: T0 };
const peerContext: RoomContext = { kind: 'peer_swap', questionCounts: [2, 2], swapAt: halfTime(T0, END), startsAt: T0 };

function run(actions: Array<[RoomActionType, string?, number?]>, context = mentorContext): RoomResult {
  let state: RoomState = initialRoomState(interviewer, candidate);
  let result: RoomResult = { ok: true, state };
  for (const [type, actor = interviewer, at = T0] of actions) {
    result = applyRoomAction(state, { type }, actor, at, context);
    if (!result.ok) return result;
    state = result.state;
  }
  return result;
}

function stateAfter(actions: Array<[RoomActionType, string?, number?]>, context = mentorContext): RoomState {
  const result = run(actions, context);
  if (!result.ok) throw new Error(result.refusal.message);
  return result.state;
}

describe('the room reducer', () => {
  it('starts on the first question, not yet revealed, and counts versions', () => {
    const state = stateAfter([['start']]);
    expect(state).toMatchObject({ phase: 'interviewing', questionIndex: 0, revealed: [], startedAt: T0, version: 1 });
  });

  it('reveals, times and moves through the questions', () => {
    const state = stateAfter([['start'], ['reveal'], ['timer_start', interviewer, T0 + 5000], ['next']]);
    expect(state).toMatchObject({ questionIndex: 1, revealed: [0], answerStartedAt: null, version: 4 });
    expect(stateAfter([['start'], ['reveal'], ['timer_start', interviewer, T0 + 5000]]).answerStartedAt).toBe(T0 + 5000);
    expect(stateAfter([['start'], ['next'], ['previous']]).questionIndex).toBe(0);
  });

  it('lets only the interviewer drive, and observers nothing', () => {
    expect(run([['start', candidate]])).toEqual({
      ok: false,
      refusal: { code: 'FORBIDDEN', message: 'Only the interviewer can start the interview.' },
    });
    expect(run([['start', stranger]])).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
    expect(run([['start'], ['swap', stranger, END]], peerContext)).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
  });

  it.each<[string, Array<[RoomActionType, string?, number?]>, string]>([
    ['a second start', [['start'], ['start']], 'The interview has already started.'],
    ['a reveal in the lobby', [['reveal']], 'There is no question to reveal right now.'],
    ['a second reveal', [['start'], ['reveal'], ['reveal']], 'This question is already showing to the candidate.'],
    [
      'next past the last question',
      [['start'], ['next'], ['next'], ['next']],
      'This is the last question of the script: wrap up when you are ready.',
    ],
    ['previous on the first', [['start'], ['previous']], 'This is the first question of the script.'],
    ['a timer before the reveal', [['start'], ['timer_start']], 'Reveal the question before starting the answer timer.'],
    ['stopping a stopped timer', [['start'], ['timer_stop']], 'The answer timer is not running.'],
    ['wrapping up in the lobby', [['wrap_up']], 'Start the interview first.'],
    ['anything after the end', [['end'], ['start']], 'This session has ended.'],
    ['a swap outside peer sessions', [['start'], ['swap']], 'Only peer sessions swap roles.'],
  ])('refuses %s with CONFLICT', (_name, actions, message) => {
    expect(run(actions)).toEqual({ ok: false, refusal: { code: 'CONFLICT', message } });
  });

  it('swaps roles in a peer session from half time, by either person, onto the second script', () => {
    const beforeHalf = run([['start'], ['swap', candidate, T0 + 10 * 60_000]], peerContext);
    expect(beforeHalf).toEqual({ ok: false, refusal: { code: 'CONFLICT', message: 'Roles swap from half time: in 5 minutes.' } });
    const swapped = stateAfter([['start'], ['reveal'], ['swap', candidate, halfTime(T0, END)]], peerContext);
    expect(swapped).toMatchObject({
      phase: 'swap',
      half: 2,
      interviewerId: candidate,
      candidateId: interviewer,
      questionIndex: 0,
      revealed: [],
    });
    expect(run([['start'], ['swap', candidate, END], ['swap', interviewer, END]], peerContext)).toMatchObject({
      ok: false,
      refusal: { message: 'Roles have already been swapped in this session.' },
    });
    // The new interviewer drives the second half; the first interviewer no longer can.
    expect(run([['start'], ['swap', candidate, END], ['reveal', interviewer, END]], peerContext)).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
    expect(run([['start'], ['swap', candidate, END], ['reveal', candidate, END]], peerContext).ok).toBe(true);
  });

  it('refuses to end before the scheduled start: an equipment check leaves the room as it was', () => {
    const early = T0 - 35 * 60_000;
    expect(
      run([
        ['start', interviewer, early],
        ['end', interviewer, early + 60_000],
      ]),
    ).toEqual({
      ok: false,
      refusal: {
        code: 'CONFLICT',
        message:
          'The session starts in 34 minutes: ending it before then is not possible. To finish a camera check, leave the room; it will be here at the start.',
      },
    });
    expect(
      stateAfter([
        ['start', interviewer, early],
        ['end', interviewer, T0],
      ]),
    ).toMatchObject({ phase: 'ended', endedAt: T0 });
  });

  it('ends from any phase and records when', () => {
    expect(stateAfter([['end', interviewer, T0 + 60_000]])).toMatchObject({ phase: 'ended', endedAt: T0 + 60_000 });
    expect(stateAfter([['start'], ['reveal'], ['timer_start'], ['wrap_up'], ['end']])).toMatchObject({
      phase: 'ended',
      answerStartedAt: null,
    });
  });
});

describe('room views', () => {
  const scripts = [snapshot('Program director', 1, 2, 3), null] as const;
  const viewInput = (state: RoomState, viewerId: string): RoomViewInput => ({
    sessionId,
    kind: 'mentor_interview',
    state,
    scripts,
    viewerId,
    notes: { [question(1).questionId]: { text: 'clear STAR', savedAt: new Date(T0).toISOString() } },
    endsAt: END,
    swapAt: null,
    now: T0 + 1000,
  });
  const viewOf = (state: RoomState, viewerId: string) => buildRoomView(viewInput(state, viewerId));

  it('hides the prompt from the candidate until it is revealed, and the guide, script and notes always', () => {
    const started = stateAfter([['start']]);
    const candidateView = viewOf(started, candidate);
    expect(roomViewSchema.parse(candidateView)).toEqual(candidateView);
    expect(candidateView).toMatchObject({ role: 'candidate', guide: null, notes: null, script: null });
    expect(candidateView.question).toMatchObject({ index: 0, count: 3, revealed: false, prompt: null });
    const revealed = viewOf(stateAfter([['start'], ['reveal']]), candidate);
    expect(revealed.question).toMatchObject({ revealed: true, prompt: question(1).prompt });
    expect(JSON.stringify(revealed)).not.toContain('intent 1');
    expect(JSON.stringify(revealed)).not.toContain('clear STAR');
  });

  it("gives the interviewer the guide, the script's progress and their notes; an observer the guide but no notes", () => {
    const state = stateAfter([['start'], ['reveal']]);
    const interviewerView = viewOf(state, interviewer);
    expect(interviewerView.guide).toEqual({
      intent: 'intent 1',
      probes: ['probe 1'],
      framework: 'STAR',
      whatGoodLooksLike: { student: 'a clear story' },
      competencies: ['communication'],
    });
    expect(interviewerView.script!.questions.map((q) => q.revealed)).toEqual([true, false, false]);
    expect(interviewerView.notes![question(1).questionId].text).toBe('clear STAR');
    expect(interviewerView.clock).toEqual({
      startedAt: new Date(T0).toISOString(),
      endsAt: new Date(END).toISOString(),
      serverNow: new Date(T0 + 1000).toISOString(),
      swapAt: null,
    });
    const observerView = viewOf(state, stranger);
    expect(observerView).toMatchObject({ role: 'observer', notes: {} });
    expect(observerView.guide).not.toBeNull();
  });

  it('in a skeptical script, shows the persona’s brief and puts the harder probes ahead of the question’s own', () => {
    const state = stateAfter([['start'], ['reveal']]);
    const skeptical: ScriptSnapshot = { ...snapshot('Skeptical', 1, 2, 3), mode: 'skeptical' };
    const guide = buildRoomView({ ...viewInput(state, interviewer), scripts: [skeptical, null] }).guide!;
    expect(guide.mode).toEqual({
      mode: 'skeptical',
      brief: interviewerModeGuide('skeptical', 'program_director', 'behavioural').brief,
    });
    expect(guide.mode!.brief).toMatch(/courteous/);
    expect(guide.probes).toEqual([...SKEPTICAL_PROBES.behavioural!, 'probe 1']);
    expect(buildRoomView({ ...viewInput(state, stranger), scripts: [skeptical, null] }).guide).toEqual(guide);
    expect(buildRoomView({ ...viewInput(state, candidate), scripts: [skeptical, null] }).guide).toBeNull();
  });

  it('tells the interviewer when a conditional question applies, so a red flag is never asked of everyone', () => {
    const state = stateAfter([['start'], ['reveal']]);
    const conditional: ScriptSnapshot = snapshot('Red flags', 1, 2, 3);
    conditional.sections[0].questions[0] = {
      ...conditional.sections[0].questions[0],
      askOnlyWhen: 'the CV shows a gap in training',
    };
    const guide = buildRoomView({ ...viewInput(state, interviewer), scripts: [conditional, null] }).guide!;
    expect(guide.askOnlyWhen).toBe('the CV shows a gap in training');
    expect(viewOf(state, interviewer).guide).not.toHaveProperty('askOnlyWhen');
  });

  it("stretches the answer timer's target by the candidate's extra time and tells both people what applies, not why", () => {
    const state = stateAfter([['start'], ['reveal']]);
    const plain = viewOf(state, interviewer);
    expect(plain.timer.targetSeconds).toBe(plain.question!.targetSeconds);
    const accommodations = { [candidate]: { extraTime: 1.5, audioOnly: true } };
    for (const viewer of [interviewer, candidate]) {
      const view = buildRoomView({ ...viewInput(state, viewer), accommodations });
      expect(roomViewSchema.shape.accommodations.parse(view.accommodations)).toEqual(view.accommodations);
      expect(view.timer.targetSeconds).toBe(Math.round(plain.question!.targetSeconds * 1.5));
      expect(view.question!.targetSeconds).toBe(plain.question!.targetSeconds);
      expect(view.accommodations).toEqual({
        [candidate]: { extraTime: 1.5, audioOnly: true },
        [interviewer]: { extraTime: 1, audioOnly: false },
      });
    }
  });

  it('counts the questions of each half for the reducer', () => {
    expect(roomContextOf('peer_swap', [snapshot('a', 1, 2), snapshot('b', 3)], { startsAt: 1, swapAt: 5 })).toEqual({
      kind: 'peer_swap',
      questionCounts: [2, 1],
      swapAt: 5,
      startsAt: 1,
    });
    expect(roomContextOf('mentor_interview', [snapshot('a', 1), null], { startsAt: 1, swapAt: 5 }).swapAt).toBeNull();
  });
});

describe('questions asked, from the room log', () => {
  const scripts = [snapshot('first', 1, 2, 3), snapshot('second', 4)] as const;

  function logOf(actions: Array<[RoomActionType, string, number]>): RoomLogEntry[] {
    let state = initialRoomState(interviewer, candidate);
    const log: RoomLogEntry[] = [];
    const context = roomContextOf('peer_swap', scripts, { startsAt: T0, swapAt: halfTime(T0, END) });
    for (const [type, actor, at] of actions) {
      const result = applyRoomAction(state, { type }, actor, at, context);
      if (!result.ok) throw new Error(result.refusal.message);
      state = result.state;
      log.push(roomLogEntry(type, actor, at, state, scripts));
    }
    return log;
  }

  it('times each revealed question from its reveal until the room moves on, over every visit', () => {
    const s = 1000;
    const log = logOf([
      ['start', interviewer, T0],
      ['reveal', interviewer, T0 + 10 * s],
      ['timer_start', interviewer, T0 + 12 * s],
      ['next', interviewer, T0 + 100 * s],
      ['next', interviewer, T0 + 110 * s], // the second question was never revealed: not asked
      ['reveal', interviewer, T0 + 120 * s],
      ['previous', interviewer, T0 + 180 * s],
      ['previous', interviewer, T0 + 190 * s], // back on the first for 20 s
      ['swap', candidate, halfTime(T0, END)],
      ['reveal', candidate, halfTime(T0, END) + 30 * s],
      ['wrap_up', candidate, halfTime(T0, END) + 90 * s],
    ]);
    // The log is read in version order whatever order it arrives in.
    expect(askedQuestions(log.reverse(), END)).toEqual([
      { questionId: question(1).questionId, half: 1, askedAt: new Date(T0 + 10 * s).toISOString(), seconds: 90 + (900 - 190) },
      { questionId: question(3).questionId, half: 1, askedAt: new Date(T0 + 120 * s).toISOString(), seconds: 60 },
      { questionId: question(4).questionId, half: 2, askedAt: new Date(halfTime(T0, END) + 30 * s).toISOString(), seconds: 60 },
    ]);
  });

  it('lists a question asked in both halves of a peer session once per half, each with its own time', () => {
    // Both scripts open with the same question, as every built-in script does.
    const both = [snapshot('first', 1, 2), snapshot('second', 1, 4)] as const;
    const context = roomContextOf('peer_swap', both, { startsAt: T0, swapAt: halfTime(T0, END) });
    const s = 1000;
    let state = initialRoomState(interviewer, candidate);
    const log: RoomLogEntry[] = [];
    for (const [type, actor, at] of [
      ['start', interviewer, T0],
      ['reveal', interviewer, T0 + 10 * s], // question 1, first half, to the swap
      ['swap', candidate, halfTime(T0, END)],
      ['reveal', candidate, halfTime(T0, END) + 20 * s], // question 1 again, second half
      ['next', candidate, halfTime(T0, END) + 80 * s],
    ] as Array<[RoomActionType, string, number]>) {
      const result = applyRoomAction(state, { type }, actor, at, context);
      if (!result.ok) throw new Error(result.refusal.message);
      state = result.state;
      log.push(roomLogEntry(type, actor, at, state, both));
    }
    expect(askedQuestions(log, END)).toEqual([
      { questionId: question(1).questionId, half: 1, askedAt: new Date(T0 + 10 * s).toISOString(), seconds: 900 - 10 },
      { questionId: question(1).questionId, half: 2, askedAt: new Date(halfTime(T0, END) + 20 * s).toISOString(), seconds: 60 },
    ]);
  });

  it('counts a question still showing until the given time', () => {
    const log = logOf([
      ['start', interviewer, T0],
      ['reveal', interviewer, T0],
    ]);
    expect(askedQuestions(log, T0 + 42_000)).toEqual([expect.objectContaining({ seconds: 42 })]);
  });
});
