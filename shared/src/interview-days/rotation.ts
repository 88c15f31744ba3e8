import { MINUTE } from '../scheduling/booking-rules.js';

/** A station of an interview day: one interviewer who stays in their room, for a set number of minutes. */
export interface RotationStation {
  interviewerId: string;
  minutes: number;
}

export interface RotationPlan {
  /** Epoch ms of the first rotation. */
  startsAt: number;
  stations: readonly RotationStation[];
  candidateIds: readonly string[];
  /** Minutes between rotations, for moving to the next room. */
  gapMinutes: number;
}

/** One candidate at one station in one rotation. */
export interface RotationVisit {
  rotation: number;
  station: number;
  candidateId: string;
  interviewerId: string;
  startsAt: number;
  endsAt: number;
}

export interface Rotation {
  /** Each rotation's slot: every room's clock derives from these. */
  slots: Array<{ startsAt: number; endsAt: number }>;
  visits: RotationVisit[];
  endsAt: number;
}

/**
 * The circuit of an interview day: candidates move, interviewers stay. With n = max(candidates, stations)
 * rotations, candidate i is at station (i + r) mod n in rotation r, or waits when that number is not a
 * station; so every candidate meets every station once and no station ever holds two candidates. Every
 * rotation lasts as long as the longest station, so all rooms share one clock; a shorter station ends early.
 * Returns why the day cannot be built when someone would be in two places.
 */
export function buildRotation(plan: RotationPlan): Rotation | { problem: string } {
  const problem = rotationProblem(plan);
  if (problem) return { problem };
  const { stations, candidateIds } = plan;
  const rounds = Math.max(stations.length, candidateIds.length);
  const slotMinutes = Math.max(...stations.map((station) => station.minutes));
  const slots = rotationSlots(plan.startsAt, rounds, slotMinutes, plan.gapMinutes);
  const visits: RotationVisit[] = [];
  slots.forEach((slot, rotation) => {
    candidateIds.forEach((candidateId, index) => {
      const station = (index + rotation) % rounds;
      if (station >= stations.length) return;
      visits.push({
        rotation,
        station,
        candidateId,
        interviewerId: stations[station].interviewerId,
        startsAt: slot.startsAt,
        endsAt: slot.startsAt + stations[station].minutes * MINUTE,
      });
    });
  });
  return { slots, visits, endsAt: slots[slots.length - 1].endsAt };
}

/**
 * The slots of `count` rotations of `minutes` each with `gapMinutes` between them, from `startsAt`: the day's
 * one clock, the same when the day is built and when a stored day is read back.
 */
export function rotationSlots(
  startsAt: number,
  count: number,
  minutes: number,
  gapMinutes: number,
): Array<{ startsAt: number; endsAt: number }> {
  return Array.from({ length: count }, (_, rotation) => {
    const start = startsAt + rotation * (minutes + gapMinutes) * MINUTE;
    return { startsAt: start, endsAt: start + minutes * MINUTE };
  });
}

function rotationProblem({ stations, candidateIds, gapMinutes }: RotationPlan): string | undefined {
  if (stations.length === 0) return 'An interview day needs at least one station.';
  if (candidateIds.length === 0) return 'An interview day needs at least one candidate.';
  if (!Number.isInteger(gapMinutes) || gapMinutes < 0) return 'The gap between rotations must be whole minutes, zero or more.';
  const interviewers = stations.map((station) => station.interviewerId);
  if (new Set(interviewers).size !== interviewers.length) {
    return 'An interviewer stays in one room all day: give each station its own interviewer.';
  }
  if (new Set(candidateIds).size !== candidateIds.length) return 'A candidate is listed twice.';
  if (candidateIds.some((id) => interviewers.includes(id))) {
    return 'Someone is both a candidate and a station interviewer: they cannot be in two places at once.';
  }
  return undefined;
}
