import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  buildRotation,
  formatInZone,
  INTERVIEW_DAY_RULES,
  MINUTE,
  PERSONA_LABELS,
  personalItinerary,
  startTimeProblem,
  zonedInstant,
  type InterviewDay,
  type InterviewDaySummary,
  type routes,
  type ScheduledVisit,
  type Session,
  type ValidatedBody,
} from '@rounds/shared';
import { DataSource } from 'typeorm';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { badRequest, conflict, forbidden, notFound } from '../common/problem.js';
import { ScriptsService } from '../questions/scripts.service.js';
import { BookingService } from '../scheduling/booking.service.js';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { InterviewDaysRepository, type DaySessionRow, type StationRow } from './interview-days.repository.js';

type CreateRequest = ValidatedBody<typeof routes.createInterviewDay>;

/** A day with everything its views need: stations, the link of each session to its rotation, and the sessions. */
export interface LoadedDay {
  day: InterviewDaySummary;
  stations: StationRow[];
  links: DaySessionRow[];
  sessions: Map<string, Session>;
  /** The viewer coordinates the day's cohort. */
  coordinator: boolean;
}

const HOUR = 60 * MINUTE;

/** Building interview days (coordinators) and reading them (their people and the cohort's coordinators). */
@Injectable()
export class InterviewDaysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly days: InterviewDaysRepository,
    private readonly cohorts: CohortsService,
    private readonly scripts: ScriptsService,
    private readonly booking: BookingService,
    private readonly interviewSessions: InterviewSessionsService,
  ) {}

  /**
   * Builds the circuit, then in one transaction stores the day and makes one session (its own room and
   * script snapshot, its invites) per candidate × station. Everything is checked before anything is
   * written; a booking that races in is still refused by the database, and then nothing is kept.
   */
  async create(actor: UserEntity, cohortId: string, request: CreateRequest): Promise<InterviewDay> {
    await this.cohorts.requireCoordinator(actor, cohortId);
    const start = zonedInstant(request.date, request.startTime, request.timeZone);
    const tooSoon = startTimeProblem(start, Date.now());
    if (tooSoon) {
      throw badRequest(`The day's start ${tooSoon}: ${request.date} ${request.startTime} (${request.timeZone}).`, [
        { field: 'date', message: `with startTime, must be ${tooSoon}` },
        { field: 'startTime', message: `must be ${tooSoon}` },
      ]);
    }
    // The arithmetic first: a day that cannot fit is refused before anyone's membership is looked up.
    const rotation = buildRotation({
      startsAt: start,
      stations: request.stations.map((s) => ({ interviewerId: s.interviewerId, minutes: s.minutes })),
      candidateIds: request.candidateIds,
      gapMinutes: request.gapMinutes,
    });
    if ('problem' in rotation) throw badRequest(rotation.problem);
    const end = rotation.endsAt;
    if (end - start > INTERVIEW_DAY_RULES.maxDayHours * HOUR) {
      const rotationMinutes = Math.max(...request.stations.map((s) => s.minutes));
      throw conflict(
        `This day cannot fit: ${rotation.slots.length} rotations of ${rotationMinutes} minutes with ${request.gapMinutes}-minute gaps ` +
          `run from ${formatInZone(start, request.timeZone)} to ${formatInZone(end, request.timeZone)} (${lengthText(end - start)}), ` +
          `and a day lasts at most ${INTERVIEW_DAY_RULES.maxDayHours} hours. Use fewer candidates or stations, shorter stations or shorter gaps.`,
      );
    }

    const nameOf = await this.requireMembers(actor, cohortId, request);
    const scripts = await this.requireScripts(cohortId, request);

    const names = request.stations.map((s, i) => s.name ?? `Station ${i + 1}: ${PERSONA_LABELS[s.persona]}`);
    const visits: ScheduledVisit[] = rotation.visits.map((v) => ({
      rotation: v.rotation,
      stationIndex: v.station,
      stationName: names[v.station],
      candidateId: v.candidateId,
      interviewerId: v.interviewerId,
      startsAt: v.startsAt,
      endsAt: v.endsAt,
    }));

    const dayId = await this.booking.withBookingConflicts(() =>
      this.db.transaction(async (manager) => {
        const everyone = [...request.candidateIds, ...request.stations.map((s) => s.interviewerId)];
        const busy = (await this.booking.busyTimes(manager, everyone, start, end)).sort((a, b) => a.start - b.start);
        if (busy.length > 0) {
          const [first] = busy;
          throw conflict(
            `${nameOf(first.userId)} is already booked from ${formatInZone(first.start, request.timeZone)} to ` +
              `${formatInZone(first.end, request.timeZone)}, during this day (${formatInZone(start, request.timeZone)} – ` +
              `${formatInZone(end, request.timeZone)}): free them or pick another time.` +
              (busy.length > 1 ? ` ${new Set(busy.map((b) => b.userId)).size - 1} more of its people are busy then too.` : ''),
          );
        }
        const id = await this.days.insertDay(manager, {
          cohortId,
          title: request.title,
          date: request.date,
          startTime: request.startTime,
          timeZone: request.timeZone,
          start,
          end,
          gapMinutes: request.gapMinutes,
          rotationMinutes: (rotation.slots[0].endsAt - rotation.slots[0].startsAt) / MINUTE,
          rotationCount: rotation.slots.length,
          createdBy: actor.id,
        });
        const stationIds: string[] = [];
        for (const [position, station] of request.stations.entries()) {
          stationIds.push(
            await this.days.insertStation(manager, id, {
              position,
              name: names[position],
              persona: station.persona,
              scriptId: station.scriptId,
              scriptTitle: scripts[position].title,
              minutes: station.minutes,
              interviewerId: station.interviewerId,
            }),
          );
        }
        const itineraryLines = (reader: { userId: string; timeZone: string }) =>
          itineraryText(
            request.title,
            personalItinerary(reader.userId, rotation.slots, visits, reader.timeZone),
            reader.timeZone,
            nameOf,
          );
        for (const visit of visits) {
          const station = request.stations[visit.stationIndex];
          const sessionId = await this.booking.createInTransaction(manager, actor, {
            cohortId,
            kind: 'mentor_interview',
            track: scripts[visit.stationIndex].track,
            personas: [station.persona],
            start: visit.startsAt,
            end: visit.endsAt,
            participants: [
              { userId: visit.candidateId, role: 'candidate' },
              { userId: visit.interviewerId, role: 'interviewer' },
            ],
            scriptId: station.scriptId,
            notice: { title: `${request.title}, ${visit.stationName}`, moreFor: itineraryLines },
          });
          const slot = rotation.slots[visit.rotation];
          await this.days.linkSession(manager, {
            sessionId,
            dayId: id,
            stationId: stationIds[visit.stationIndex],
            candidateId: visit.candidateId,
            rotation: visit.rotation,
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
          });
        }
        return id;
      }),
    );
    return this.get(actor, dayId);
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
    const slots = slotsOf(day);
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

  /**
   * Checks that every person is in the cohort in a role that fits their place in the day (400 naming who);
   * answers their names.
   */
  private async requireMembers(actor: UserEntity, cohortId: string, request: CreateRequest): Promise<(userId: string) => string> {
    const roles = new Map<string, string[]>();
    const names = new Map<string, string>();
    for (const member of await this.cohorts.listMembers(actor, cohortId)) {
      roles.set(member.userId, [...(roles.get(member.userId) ?? []), member.role]);
      names.set(member.userId, member.displayName);
    }
    const errors: { field: string; message: string }[] = [];
    request.candidateIds.forEach((id, i) => {
      if (!roles.get(id)?.includes('candidate'))
        errors.push({ field: `candidateIds.${i}`, message: 'is not a candidate of this cohort' });
    });
    request.stations.forEach((station, i) => {
      const held = roles.get(station.interviewerId) ?? [];
      if (!held.includes('mentor') && !held.includes('candidate')) {
        errors.push({ field: `stations.${i}.interviewerId`, message: 'is not a mentor or candidate of this cohort' });
      }
    });
    if (errors.length > 0) throw badRequest(`Everyone in the day must belong to this cohort: ${fieldList(errors)}.`, errors);
    return (userId) => names.get(userId) ?? 'Someone';
  }

  /** Each station's script, once the cohort may use it (a built-in or its own); 400 naming the stations that fail. */
  private async requireScripts(cohortId: string, request: CreateRequest) {
    const scripts = await Promise.all(request.stations.map((s) => this.scripts.usableIn(s.scriptId, cohortId)));
    const errors = scripts.flatMap((script, i) =>
      script
        ? []
        : [
            {
              field: `stations.${i}.scriptId`,
              message: "is not a script this cohort can use: a built-in or one of the cohort's own",
            },
          ],
    );
    if (errors.length > 0) throw badRequest(`Every station needs a script of this cohort: ${fieldList(errors)}.`, errors);
    return scripts.map((script) => script!);
  }
}

const iso = (time: number) => new Date(time).toISOString();

function fieldList(errors: { field: string; message: string }[]): string {
  return errors.map((e) => `${e.field} ${e.message}`).join('; ');
}

function lengthText(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The rotations' times, from the day's start and its fixed rotation length and gap. */
export function slotsOf(day: InterviewDaySummary): { startsAt: number; endsAt: number }[] {
  const start = Date.parse(day.startsAt);
  return Array.from({ length: day.rotationCount }, (_, r) => {
    const startsAt = start + r * (day.rotationMinutes + day.gapMinutes) * MINUTE;
    return { startsAt, endsAt: startsAt + day.rotationMinutes * MINUTE };
  });
}

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

/** The itinerary an invite carries, in the reader's zone. */
function itineraryText(
  title: string,
  steps: ReturnType<typeof personalItinerary>,
  timeZone: string,
  nameOf: (userId: string) => string,
): string[] {
  if (steps.length === 0) return [];
  return [
    `Your whole day, "${title}" (times in ${timeZone}):`,
    ...steps.map((step) => {
      const when = `${step.localStart}–${step.localEnd}`;
      if (!step.visit)
        return `  ${when}  ${step.role === 'candidate' ? 'waiting: no station this rotation' : 'no candidate this rotation'}`;
      const partner =
        step.role === 'candidate' ? `with ${nameOf(step.visit.interviewerId)}` : `candidate: ${nameOf(step.visit.candidateId)}`;
      return `  ${when}  ${step.visit.stationName}, ${partner}`;
    }),
    `Candidates move to the next station in the gap; interviewers stay in their room.`,
  ];
}
