import { Injectable } from '@nestjs/common';
import {
  daySlots,
  personalItinerary,
  type InterviewDay,
  type InterviewDaySummary,
  type ScheduledVisit,
  type Session,
} from '@rounds/shared';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { forbidden, notFound } from '../common/problem.js';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import { SessionHooks } from '../scheduling/session-hooks.js';
import type { UserEntity } from '../users/user.entity.js';
import { InterviewDaysRepository, type DaySessionRow, type StationRow } from './interview-days.repository.js';

/** A day with everything its views need: stations, the link of each session to its rotation, and the sessions. */
export interface LoadedDay {
  day: InterviewDaySummary;
  stations: StationRow[];
  links: DaySessionRow[];
  sessions: Map<string, Session>;
  /** The viewer coordinates the day's cohort. */
  coordinator: boolean;
}

/**
 * Reading interview days: a cohort's list, one day as its viewer sees it (with their itinerary), and the
 * access check that every view of a day (live, scores) starts from.
 */
@Injectable()
export class InterviewDaysService {
  constructor(
    private readonly days: InterviewDaysRepository,
    private readonly cohorts: CohortsService,
    private readonly interviewSessions: InterviewSessionsService,
    hooks: SessionHooks,
  ) {
    hooks.readDayPlacesWith((sessionIds) => this.days.placesOf(sessionIds));
  }

  async list(actor: UserEntity, cohortId: string): Promise<InterviewDaySummary[]> {
    await this.cohorts.requireCoordinator(actor, cohortId);
    return this.days.listForCohort(cohortId);
  }

  /** The whole day, the viewer's own visits marked and their itinerary in their zone. */
  async get(actor: UserEntity, dayId: string): Promise<InterviewDay> {
    const loaded = await this.load(actor, dayId);
    const { day, stations, links, sessions, coordinator } = loaded;
    const stationById = new Map(stations.map((s) => [s.id, s]));
    const slots = daySlots(day);
    const visits = scheduledVisits(loaded);
    const candidates = [...new Map(links.map((l) => [l.candidate.userId, l.candidate])).values()];
    const asCandidate = links.some((l) => l.candidate.userId === actor.id);
    const asInterviewer = stations.some((s) => s.interviewer.userId === actor.id);
    const steps = personalItinerary(actor.id, slots, visits, actor.timeZone);
    const person = (userId: string) =>
      candidates.find((c) => c.userId === userId) ?? stations.find((s) => s.interviewer.userId === userId)!.interviewer;
    return {
      ...day,
      viewer: {
        roles: [
          ...(coordinator ? ['coordinator' as const] : []),
          ...(asCandidate ? ['candidate' as const] : []),
          ...(asInterviewer ? ['interviewer' as const] : []),
        ],
        timeZone: actor.timeZone,
      },
      stations: stations.map((s) => ({
        id: s.id,
        index: s.position,
        name: s.name,
        persona: s.persona,
        minutes: s.minutes,
        script: { id: s.scriptId, title: s.scriptTitle },
        interviewer: s.interviewer,
      })),
      candidates,
      rotations: slots.map((slot, index) => ({
        index,
        startsAt: iso(slot.startsAt),
        endsAt: iso(slot.endsAt),
        visits: links
          .filter((l) => l.rotation === index)
          .map((l) => {
            const session = sessions.get(l.sessionId)!;
            const interviewerId = stationById.get(l.stationId)!.interviewer.userId;
            return {
              sessionId: l.sessionId,
              stationId: l.stationId,
              candidateId: l.candidate.userId,
              interviewerId,
              startsAt: session.startsAt,
              endsAt: session.endsAt,
              status: session.status,
              mine: l.candidate.userId === actor.id || interviewerId === actor.id,
            };
          }),
      })),
      itinerary: steps.map((step) => ({
        rotation: step.rotation,
        startsAt: iso(step.startsAt),
        endsAt: iso(step.endsAt),
        localStart: step.localStart,
        localEnd: step.localEnd,
        kind: step.kind,
        role: step.role,
        sessionId: step.visit?.sessionId ?? null,
        stationId: step.visit ? stations[step.visit.stationIndex].id : null,
        stationName: step.visit?.stationName ?? null,
        partner: step.visit ? person(step.role === 'candidate' ? step.visit.interviewerId : step.visit.candidateId) : null,
      })),
    };
  }

  /**
   * The day once the actor may see it: its cohort's coordinators, its candidates and its interviewers.
   * 404 for a day that does not exist, 403 for anyone else.
   */
  async load(actor: UserEntity, dayId: string): Promise<LoadedDay> {
    const day = await this.days.find(dayId);
    if (!day) throw notFound('There is no interview day with that id.');
    const [stations, links] = await Promise.all([this.days.stations(dayId), this.days.sessions(dayId)]);
    const coordinator = await this.cohorts.isCoordinator(actor, day.cohortId);
    const takesPart =
      links.some((l) => l.candidate.userId === actor.id) || stations.some((s) => s.interviewer.userId === actor.id);
    if (!coordinator && !takesPart) {
      throw forbidden("Only this day's candidates and interviewers and its cohort's coordinators can see it.");
    }
    const sessions = await this.interviewSessions.findSessions(links.map((l) => l.sessionId));
    return { day, stations, links, sessions: new Map(sessions.map((s) => [s.id, s])), coordinator };
  }

  /** As `load`, for the cohort's coordinators only. */
  async loadAsCoordinator(actor: UserEntity, dayId: string): Promise<LoadedDay> {
    const loaded = await this.load(actor, dayId);
    if (!loaded.coordinator) throw forbidden("Only this day's cohort's coordinators can do that.");
    return loaded;
  }
}

const iso = (time: number) => new Date(time).toISOString();

/** The stored day's visits, with the sessions' own times (a station may end before its rotation). */
function scheduledVisits(loaded: Pick<LoadedDay, 'stations' | 'links' | 'sessions'>): ScheduledVisit[] {
  const stationById = new Map(loaded.stations.map((s) => [s.id, s]));
  return loaded.links.map((link) => {
    const station = stationById.get(link.stationId)!;
    const session = loaded.sessions.get(link.sessionId);
    return {
      rotation: link.rotation,
      stationIndex: station.position,
      stationName: station.name,
      candidateId: link.candidate.userId,
      interviewerId: station.interviewer.userId,
      startsAt: session ? Date.parse(session.startsAt) : link.rotationStartsAt,
      endsAt: session ? Date.parse(session.endsAt) : link.rotationEndsAt,
      sessionId: link.sessionId,
    };
  });
}
