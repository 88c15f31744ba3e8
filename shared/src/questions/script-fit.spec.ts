import type { ScriptSnapshot } from './question-api.schema.js';
import { fitScriptToMinutes, questionsThatFit, scriptMinutesIn, scriptOverrunWarning } from './script-fit.js';

const T0 = Date.parse('2026-12-08T09:00:00Z');

function question(n: number, targetSeconds: number) {
  return { questionId: `5555555${n}-5555-4555-8555-555555555555`, prompt: `Question ${n}`, targetSeconds };
}

/** A 25-minute script: its questions' targets plus 90 s of slack each come to 2.5 + 4 + 4 + 4 + 3.5 + 2.5 = 20.5 minutes. */
function snapshot(): ScriptSnapshot {
  return {
    sections: [
      { section: 'opening', minutes: 5, questions: [question(1, 60)] },
      { section: 'behavioural', minutes: 15, questions: [question(2, 150), question(3, 150), question(4, 150)] },
      { section: 'closing', minutes: 5, questions: [question(5, 120), question(6, 60)] },
    ],
  } as unknown as ScriptSnapshot;
}

const ids = (script: ScriptSnapshot) => script.sections.flatMap((section) => section.questions.map((q) => q.prompt));

describe('scripts that fit the time they get', () => {
  it('gives each half of a peer session half its time, and any other session all of it', () => {
    expect(scriptMinutesIn('peer_swap', T0, T0 + 30 * 60_000)).toBe(15);
    expect(scriptMinutesIn('mentor_interview', T0, T0 + 30 * 60_000)).toBe(30);
    expect(scriptMinutesIn('mentor_interview', T0, T0 + 8 * 60_000)).toBe(8);
  });

  it('keeps a whole script that fits, untouched', () => {
    const script = snapshot();
    expect(fitScriptToMinutes(script, 25)).toBe(script);
    expect(fitScriptToMinutes(script, 21)).toBe(script);
  });

  it('gives a 15-minute peer half the questions that fit, each with its answer target plus slack, in order', () => {
    const fitted = fitScriptToMinutes(snapshot(), 15);
    // 150 + 240 + 240 + 240 = 870 s; the next (210 s) would pass 900, the last (150 s) does not fit either.
    expect(ids(fitted)).toEqual(['Question 1', 'Question 2', 'Question 3', 'Question 4']);
    expect(fitted.sections.map((section) => section.section)).toEqual(['opening', 'behavioural']);
  });

  it('passes over a question too long for what is left for a shorter one after it', () => {
    // 8 minutes = 480 s: 150 + 240 = 390; the third (240 s) does not fit the 90 s left, the last (90 s) does.
    expect(
      questionsThatFit([question(1, 60), question(2, 150), question(3, 150), question(4, 0)], 8).map((q) => q.prompt),
    ).toEqual(['Question 1', 'Question 2', 'Question 4']);
  });

  it('still asks the first question when the slot is shorter than any', () => {
    expect(questionsThatFit([question(1, 600), question(2, 600)], 5).map((q) => q.prompt)).toEqual(['Question 1']);
    expect(questionsThatFit([], 5)).toEqual([]);
  });

  it('warns when a script runs longer than its slot, in the words of the session', () => {
    expect(scriptOverrunWarning(25, 'mentor_interview', 30)).toBeNull();
    expect(scriptOverrunWarning(15, 'peer_swap', 30)).toBeNull();
    expect(scriptOverrunWarning(25, 'peer_swap', 30)).toBe(
      'This script runs 25 minutes and each half of this 30-minute peer session lasts 15: the room will ask only the questions that fit, in order.',
    );
    expect(scriptOverrunWarning(12, 'mentor_interview', 8)).toBe(
      'This script runs 12 minutes and the slot lasts 8: the room will ask only the questions that fit, in order.',
    );
  });
});
