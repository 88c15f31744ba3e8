import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  buildRotation,
  formatInZone,
  MINUTE,
  PERSONA_LABELS,
  personalItinerary,
  startTimeProblem,
  zonedInstant,
  type InterviewDay,
  type routes,
  type ScheduledVisit,
  type ValidatedBody,
} from '@rounds/shared';
import { DataSource } from 'typeorm';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { badRequest, conflict, fieldsProblem } from '../common/problem.js';
import { ScriptsService } from '../questions/scripts.service.js';
import { BookingService } from '../scheduling/booking.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { InterviewDaysRepository } from './interview-days.repository.js';
import { InterviewDaysService } from './interview-days.service.js';
import { dayTooLong, itineraryText } from './day-notices.js';

type CreateRequest = ValidatedBody<typeof routes.createInterviewDay>;

/** Building an interview day (its cohort's coordinators): the circuit, its people and scripts, and its sessions. */
@Injectable()
export class DayBuilderService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly days: InterviewDaysRepository,
    private readonly reader: InterviewDaysService,
    private readonly cohorts: CohortsService,
    private readonly scripts: ScriptsService,
    private readonly booking: BookingService,
  ) {}

  /**
   * Builds the circuit, then in one transaction stores the day and makes one session (its own room and
   * invites; a script snapshot per station's script) per candidate × station, with a few statements for all. Everything is checked before anything is
   * written; a booking that races in is still refused by the database, and then nothing is kept.
   */
  async create(actor: UserEntity, cohortId: string, request: CreateRequest): Promise<InterviewDay> {
    await this.cohorts.requireCoordinator(actor, cohortId);
    const start = zonedInstant(request.date, request.startTime, request.timeZone);
    const tooSoon = startTimeProblem(start, Date.now());
    if (tooSoon) {
      throw badRequest(`The day's start ${tooSoon}: ${request.date} ${request.startTime} (${request.timeZone}).`, [
        { field: 'date', message: `with the start time, ${tooSoon}` },
        { field: 'startTime', message: tooSoon },
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
    const tooLong = dayTooLong({
      start,
      end,
      rotations: rotation.slots.length,
      rotationMinutes: Math.max(...request.stations.map((s) => s.minutes)),
      gapMinutes: request.gapMinutes,
      timeZone: request.timeZone,
    });
    if (tooLong) throw conflict(tooLong);

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
        // Each person's whole day goes into every invite they get (a candidate's twenty): work it out once.
        const itineraries = new Map<string, string[]>();
        const itineraryLines = (reader: { userId: string; timeZone: string }) => {
          const key = `${reader.userId} ${reader.timeZone}`;
          let lines = itineraries.get(key);
          if (!lines) {
            lines = itineraryText(
              request.title,
              personalItinerary(reader.userId, rotation.slots, visits, reader.timeZone),
              reader.timeZone,
              nameOf,
            );
            itineraries.set(key, lines);
          }
          return lines;
        };
        const sessionIds = await this.booking.createInTransaction(
          manager,
          actor,
          visits.map((visit) => {
            const station = request.stations[visit.stationIndex];
            return {
              cohortId,
              kind: 'mentor_interview' as const,
              track: scripts[visit.stationIndex].track,
              personas: [station.persona],
              start: visit.startsAt,
              end: visit.endsAt,
              participants: [
                { userId: visit.candidateId, role: 'candidate' as const },
                { userId: visit.interviewerId, role: 'interviewer' as const },
              ],
              scriptId: station.scriptId,
              notice: { title: `${request.title}, ${visit.stationName}`, moreFor: itineraryLines },
            };
          }),
        );
        await this.days.linkSessions(
          manager,
          visits.map((visit, i) => {
            const slot = rotation.slots[visit.rotation];
            return {
              sessionId: sessionIds[i],
              dayId: id,
              stationId: stationIds[visit.stationIndex],
              candidateId: visit.candidateId,
              rotation: visit.rotation,
              startsAt: slot.startsAt,
              endsAt: slot.endsAt,
            };
          }),
        );
        return id;
      }),
    );
    return this.reader.get(actor, dayId);
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
    if (errors.length > 0) throw fieldsProblem(errors, 'Everyone in the day must belong to this cohort');
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
    if (errors.length > 0) throw fieldsProblem(errors, 'Every station needs a script of this cohort');
    return scripts.map((script) => script!);
  }
}
