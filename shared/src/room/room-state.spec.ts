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

  it('swaps roles in a peer session from half time once one proposes and the other accepts, onto the second script', () => {
    const beforeHalf = run([['start'], ['swap', candidate, T0 + 10 * 60_000]], peerContext);
    expect(beforeHalf).toEqual({ ok: false, refusal: { code: 'CONFLICT', message: 'Roles swap from half time: in 5 minutes.' } });
    const half = halfTime(T0, END);
    // The candidate alone (mid-answer or not) only proposes: nothing swaps until the interviewer agrees.
    const proposed = stateAfter([['start'], ['reveal'], ['timer_start'], ['swap', candidate, half]], peerContext);
    expect(proposed).toMatchObject({ phase: 'interviewing', half: 1, interviewerId: interviewer, swapProposedBy: candidate });
    expect(run([['start'], ['swap', candidate, half], ['swap', candidate, half]], peerContext)).toMatchObject({
      ok: false,
      refusal: { code: 'CONFLICT', message: 'You have proposed the swap already: your partner accepts it or declines it.' },
    });
    const swapped = stateAfter([['start'], ['reveal'], ['swap', candidate, half], ['swap', interviewer, half]], peerContext);
    expect(swapped).toMatchObject({
      phase: 'swap',
      half: 2,
      interviewerId: candidate,
      candidateId: interviewer,
      questionIndex: 0,
      revealed: [],
      swapProposedBy: null,
    });
    const both: Array<[RoomActionType, string?, number?]> = [['start'], ['swap', candidate, END], ['swap', interviewer, END]];
    expect(run([...both, ['swap', interviewer, END]], peerContext)).toMatchObject({
      ok: false,
      refusal: { message: 'Roles have already been swapped in this session.' },
    });
    // The new interviewer drives the second half; the first interviewer no longer can.
    expect(run([...both, ['reveal', interviewer, END]], peerContext)).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
    expect(run([...both, ['reveal', candidate, END]], peerContext).ok).toBe(true);
  });

  it('lets the partner decline a swap proposal and the proposer withdraw it, and nobody else', () => {
    const half = halfTime(T0, END);
    const declined = stateAfter([['start'], ['swap', interviewer, half], ['swap_decline', candidate, half]], peerContext);
    expect(declined).toMatchObject({ phase: 'interviewing', half: 1, swapProposedBy: null });
    const withdrawn = stateAfter([['start'], ['swap', candidate, half], ['swap_withdraw', candidate, half]], peerContext);
    expect(withdrawn).toMatchObject({ half: 1, swapProposedBy: null });
    expect(run([['start'], ['swap', candidate, half], ['swap_decline', candidate, half]], peerContext)).toMatchObject({
      ok: false,
      refusal: { code: 'CONFLICT', message: 'There is no swap proposal from your partner to decline.' },
    });
    expect(run([['start'], ['swap', candidate, half], ['swap_withdraw', interviewer, half]], peerContext)).toMatchObject({
      ok: false,
      refusal: { code: 'CONFLICT', message: 'You have no swap proposal to withdraw.' },
    });
    expect(run([['start'], ['swap', candidate, half], ['swap_decline', stranger, half]], peerContext)).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
    // A proposal does not outlive the questions: wrapping up drops it.
    expect(
      stateAfter([['start'], ['swap', candidate, half], ['wrap_up', interviewer, half]], peerContext).swapProposedBy,
    ).toBeNull();
  });

  it('reads a state stored before swaps were agreed as having no proposal', () => {
    const { swapProposedBy: _dropped, ...stored } = stateAfter([['start']], peerContext);
    const result = applyRoomAction(stored, { type: 'swap' }, candidate, END, peerContext);
    expect(result).toMatchObject({ ok: true, state: { half: 1, swapProposedBy: candidate } });
  });

  it('undoes a wrap-up until the end, back to the question the room was on, in either half', () => {
    const resumed = stateAfter([['start'], ['next'], ['reveal'], ['wrap_up'], ['resume']]);
    expect(resumed).toMatchObject({ phase: 'interviewing', questionIndex: 1, revealed: [1] });
    const half = halfTime(T0, END);
    const secondHalf: Array<[RoomActionType, string?, number?]> = [
      ['start'],
      ['swap', candidate, half],
      ['swap', interviewer, half],
      ['wrap_up', candidate, half],
      ['resume', candidate, half],
    ];
    expect(stateAfter(secondHalf, peerContext)).toMatchObject({ phase: 'swap', half: 2 });
    expect(run([['start'], ['resume']])).toEqual({
      ok: false,
      refusal: { code: 'CONFLICT', message: 'Only a room that is wrapping up can go back to its questions.' },
    });
    expect(run([['start'], ['wrap_up'], ['resume', candidate]])).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
    expect(run([['start'], ['wrap_up'], ['end'], ['resume']])).toEqual({
      ok: false,
      refusal: { code: 'CONFLICT', message: 'This session has ended.' },
    });
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
    startsAt: T0,
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
      halfTimeAt: new Date(halfTime(T0, END)).toISOString(),
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
      ['swap', interviewer, halfTime(T0, END)], // proposed, then accepted
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
      ['swap', interviewer, halfTime(T0, END)], // proposed, then accepted
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
