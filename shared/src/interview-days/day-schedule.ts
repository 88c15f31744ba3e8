import { DateTime } from 'luxon';
import { MINUTE } from '../scheduling/booking-rules.js';
import type { RoomPhase } from '../room/room.schema.js';
import { INTERVIEW_DAY_RULES, type InterviewDaySummary } from './interview-day.schema.js';
import { rotationSlots } from './rotation.js';

/** One candidate at one station in one rotation, with the station's name and interviewer. Times are epoch ms. */
export interface ScheduledVisit {
  rotation: number;
  stationIndex: number;
  stationName: string;
  candidateId: string;
  interviewerId: string;
  startsAt: number;
  endsAt: number;
  sessionId?: string;
}

export interface ScheduledStep {
  rotation: number;
  startsAt: number;
  endsAt: number;
  localStart: string;
  localEnd: string;
  kind: 'station' | 'waiting';
  role: 'candidate' | 'interviewer';
  visit: ScheduledVisit | null;
}

/** A stored day's rotation slots, laid out again from its start, rotation length and gap. */
export function daySlots(
  day: Pick<InterviewDaySummary, 'startsAt' | 'rotationCount' | 'rotationMinutes' | 'gapMinutes'>,
): Array<{ startsAt: number; endsAt: number }> {
  return rotationSlots(Date.parse(day.startsAt), day.rotationCount, day.rotationMinutes, day.gapMinutes);
}

const localTime = (instant: number, timeZone: string) => DateTime.fromMillis(instant, { zone: timeZone }).toFormat('HH:mm');

/**
 * One person's day, rotation by rotation, in their zone: where they are (a candidate at a station, an
 * interviewer with a candidate) or that they wait. Empty for someone who takes no part.
 */
export function personalItinerary(
  personId: string,
  slots: readonly { startsAt: number; endsAt: number }[],
  visits: readonly ScheduledVisit[],
  timeZone: string,
): ScheduledStep[] {
  const asCandidate = visits.some((visit) => visit.candidateId === personId);
  const asInterviewer = visits.some((visit) => visit.interviewerId === personId);
  if (!asCandidate && !asInterviewer) return [];
  const role = asCandidate ? 'candidate' : 'interviewer';
  return slots.map((slot, rotation) => {
    const visit =
      visits.find((v) => v.rotation === rotation && (role === 'candidate' ? v.candidateId : v.interviewerId) === personId) ??
      null;
    const startsAt = visit?.startsAt ?? slot.startsAt;
    const endsAt = visit?.endsAt ?? slot.endsAt;
    return {
      rotation,
      startsAt,
      endsAt,
      localStart: localTime(startsAt, timeZone),
      localEnd: localTime(endsAt, timeZone),
      kind: visit ? 'station' : 'waiting',
      role,
      visit,
    };
  });
}

/** Where the day stands at `now`: the rotation running or last run (null before the first), and what comes next. */
export function dayMoment(
  slots: readonly { startsAt: number; endsAt: number }[],
  now: number,
): { state: 'before' | 'rotation' | 'gap' | 'after'; rotation: number | null; nextStartsAt: number | null } {
  const begun = slots.filter((slot) => slot.startsAt <= now).length;
  const rotation = begun === 0 ? null : begun - 1;
  const nextStartsAt = slots[begun]?.startsAt ?? null;
  if (rotation === null) return { state: 'before', rotation, nextStartsAt };
  if (now < slots[rotation].endsAt) return { state: 'rotation', rotation, nextStartsAt };
  return { state: nextStartsAt === null ? 'after' : 'gap', rotation, nextStartsAt };
}

/** A person is absent once their rotation has run this long without them ever joining its room. */
export function isAbsent(joinedAt: number | null, rotationStartsAt: number, now: number): boolean {
  return joinedAt === null && now >= rotationStartsAt + INTERVIEW_DAY_RULES.absentAfterMinutes * MINUTE;
}

/**
 * A room runs late when its rotation is over but it has not ended: it was started (or someone is still in it)
 * and nobody pressed end. A room nobody opened is not late, its people are absent.
 */
export function isRunningLate(roomPhase: RoomPhase, anyonePresent: boolean, rotationEndsAt: number, now: number): boolean {
  if (now < rotationEndsAt || roomPhase === 'ended') return false;
  return roomPhase !== 'lobby' || anyonePresent;
}
