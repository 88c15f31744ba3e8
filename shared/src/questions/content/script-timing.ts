import { RESIDENCY_SCRIPT_MINUTES, SCRIPT_TARGET_MINUTES, STATION_SCRIPT_MINUTES } from '../question.enums.js';
import type { BuiltInScript } from '../question.schema.js';

export interface ScriptTiming {
  minutes: number;
  questions: number;
  answerSeconds: number;
  /** Seconds per question left for asking and probing once every answer has taken its target time. */
  slackPerQuestion: number;
}

/** A script's length against its answers' target times (conditional questions counted, as if all applied). */
export function scriptTimingOf(
  script: Pick<BuiltInScript, 'sections'>,
  targetSecondsOf: (questionId: string) => number,
): ScriptTiming {
  const ids = script.sections.flatMap((section) => section.questionIds);
  const minutes = script.sections.reduce((sum, section) => sum + section.minutes, 0);
  const answerSeconds = ids.reduce((sum, id) => sum + targetSecondsOf(id), 0);
  const slackPerQuestion = ids.length === 0 ? Infinity : (minutes * 60 - answerSeconds) / ids.length;
  return { minutes, questions: ids.length, answerSeconds, slackPerQuestion };
}

/** The slot a script must fit: a station, a residency or fellowship faculty slot, or a job or informational interview. */
export function minutesRuleFor(script: Pick<BuiltInScript, 'track' | 'persona'>): { min: number; max: number } {
  if (script.persona === 'mmi_station') return STATION_SCRIPT_MINUTES;
  return script.track === 'residency_fellowship' ? RESIDENCY_SCRIPT_MINUTES : SCRIPT_TARGET_MINUTES;
}
