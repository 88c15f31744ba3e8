import { MINUTE } from '../scheduling/booking-rules.js';
import type { SessionKind } from '../scheduling/scheduling.schema.js';
import type { ScriptSnapshot } from './question-api.schema.js';
import { SLACK_SECONDS_PER_QUESTION } from './question.enums.js';

/**
 * The minutes one script gets in a session: in a peer session each person asks in one half, so each half's
 * script gets half the session; any other session (a station of an interview day too) gives its script all of it.
 */
export function scriptMinutesIn(kind: SessionKind, startsAt: number, endsAt: number): number {
  const minutes = Math.floor((endsAt - startsAt) / MINUTE);
  return kind === 'peer_swap' ? Math.floor(minutes / 2) : minutes;
}

/** The time a question takes in the room: its answer target, plus the slack to ask it and probe once. */
export const questionSecondsInRoom = (question: { targetSeconds: number }) => question.targetSeconds + SLACK_SECONDS_PER_QUESTION;

/**
 * The questions, in their order, that fit `minutes`: each takes its answer target plus the slack to ask and probe
 * (so a question is never squeezed below its target), and one that does not fit is passed over for a shorter one
 * after it. At least the first question is kept, so a slot shorter than any question still asks one.
 */
export function questionsThatFit<Q extends { targetSeconds: number }>(questions: readonly Q[], minutes: number): Q[] {
  let left = minutes * 60;
  const kept = questions.filter((question) => {
    const needed = questionSecondsInRoom(question);
    if (needed > left) return false;
    left -= needed;
    return true;
  });
  return kept.length === 0 && questions.length > 0 ? [questions[0]] : kept;
}

/** The part of a script a room asks in `minutes`: its sections keep their order, less the questions that do not fit. */
export function fitScriptToMinutes(snapshot: ScriptSnapshot, minutes: number): ScriptSnapshot {
  const all = snapshot.sections.flatMap((section) => section.questions);
  const kept = new Set(questionsThatFit(all, minutes));
  if (kept.size === all.length) return snapshot;
  const sections = snapshot.sections
    .map((section) => ({ ...section, questions: section.questions.filter((question) => kept.has(question)) }))
    .filter((section) => section.questions.length > 0);
  return { ...snapshot, sections };
}

/**
 * What a scheduling form says when a script runs longer than the time it gets in the session (null when it fits):
 * the room then asks only the questions that fit.
 */
export function scriptOverrunWarning(scriptMinutes: number, kind: SessionKind, sessionMinutes: number): string | null {
  const slot = kind === 'peer_swap' ? Math.floor(sessionMinutes / 2) : sessionMinutes;
  if (scriptMinutes <= slot) return null;
  const where =
    kind === 'peer_swap' ? `each half of this ${sessionMinutes}-minute peer session lasts ${slot}` : `the slot lasts ${slot}`;
  return `This script runs ${scriptMinutes} minutes and ${where}: the room will ask only the questions that fit, in order.`;
}
