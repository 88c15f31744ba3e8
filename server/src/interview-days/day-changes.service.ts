import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  formatInZone,
  personalItinerary,
  rotationSlots,
  startTimeProblem,
  zonedInstant,
  MINUTE,
  VIDEO_ROOM_RULES,
  type InterviewDay,
  type routes,
  type ScheduledVisit,
  type ValidatedBody,
} from '@rounds/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { badRequest, conflict, fieldsProblem } from '../common/problem.js';
import { BookingService } from '../scheduling/booking.service.js';
import { SessionLifecycleService, type DayChange } from '../scheduling/session-lifecycle.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { dayTooLong, itineraryText } from './day-notices.js';
import { InterviewDaysRepository } from './interview-days.repository.js';
import { InterviewDaysService, type LoadedDay } from './interview-days.service.js';

type UpdateRequest = ValidatedBody<typeof routes.updateInterviewDay>;

/** The day's stations and clock as a change would leave them. */
interface DayPlan {
  title: string;
  date: string;
  startTime: string;
  timeZone: string;
  start: number;
  end: number;
  gapMinutes: number;
  rotationMinutes: number;
  slots: Array<{ startsAt: number; endsAt: number }>;
  stations: Array<LoadedDay['stations'][number] & { renamed: boolean; resized: boolean }>;
}

/**
 * Running a built day (its cohort's coordinators): renaming or moving it, and calling it off. Every session of
 * the day changes in one transaction with its notice and calendar update, or none does.
 */
@Injectable()
export class DayChangesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: InterviewDaysRepository,
    private readonly days: InterviewDaysService,
    private readonly lifecycle: SessionLifecycleService,
    private readonly booking: BookingService,
  ) {}

  /**
   * Renames the day or its stations at any time before it is over; moves it (date, start, zone, gap, a station's
   * minutes) only before its rooms open (10 minutes before the start), with a reason. Sessions move to the day's new clock; their people are told.
   */
  async update(actor: UserEntity, dayId: string, request: UpdateRequest, now = Date.now()): Promise<InterviewDay> {
    const loaded = await this.days.loadAsCoordinator(actor, dayId);
    requireNotCancelled(loaded);
    const plan = planOf(loaded, request);
    const retimed =
      plan.start !== Date.parse(loaded.day.startsAt) ||
      plan.gapMinutes !== loaded.day.gapMinutes ||
      plan.stations.some((s) => s.resized);
    const renamed = plan.title !== loaded.day.title || plan.stations.some((s) => s.renamed);
    if (retimed) requireMovable(loaded, plan, request, now);
    else if (now >= Date.parse(loaded.day.endsAt)) throw conflict('This day is over, so it can no longer change.');

    // The database's double-booking refusal comes at commit, as a 409 naming who is busy at the new time.
    await this.booking.withBookingConflicts(() =>
      this.db.transaction(async (manager) => {
        await this.lockUnchanged(manager, loaded);
        if (retimed) await this.lifecycle.deferDoubleBookingCheck(manager);
        await this.repository.updateDay(manager, dayId, plan);
        for (const station of plan.stations) {
          if (station.renamed || station.resized) await this.repository.updateStation(manager, station.id, station);
        }
        if (!retimed && !renamed) return;
        const visits = visitsOf(loaded, plan);
        const nameOf = namesOf(loaded);
        const notice = (visit: ScheduledVisit) => ({
          title: `${plan.title}, ${visit.stationName}`,
          moreFor: (reader: { userId: string; timeZone: string }) =>
            itineraryText(
              plan.title,
              personalItinerary(reader.userId, plan.slots, visits, reader.timeZone),
              reader.timeZone,
              nameOf,
            ),
        });
        for (const visit of visits) {
          const sessionId = visit.sessionId!;
          const slot = plan.slots[visit.rotation];
          if (retimed) await this.repository.moveLink(manager, sessionId, slot.startsAt, slot.endsAt);
          const change: DayChange = retimed
            ? { kind: 'move', start: visit.startsAt, end: visit.endsAt, reason: request.reason! }
            : { kind: 'rename' };
          await this.lifecycle.changeForDay(manager, actor, sessionId, change, notice(visit));
        }
      }),
    );
    return this.days.get(actor, dayId);
  }

  /** Calls the day off: every session of it still to run is cancelled, and everyone in it is told why. */
  async cancel(actor: UserEntity, dayId: string, reason: string, now = Date.now()): Promise<InterviewDay> {
    const loaded = await this.days.loadAsCoordinator(actor, dayId);
    requireNotCancelled(loaded);
    if (now >= Date.parse(loaded.day.endsAt)) throw conflict('This day is over, so there is nothing left to cancel.');
    await this.db.transaction(async (manager) => {
      await this.lockUnchanged(manager, loaded);
      await this.repository.markCancelled(manager, dayId, reason);
      const stationName = new Map(loaded.stations.map((s) => [s.id, s.name]));
      for (const link of loaded.links) {
        await this.lifecycle.changeForDay(
          manager,
          actor,
          link.sessionId,
          { kind: 'cancel', reason },
          { title: `${loaded.day.title}, ${stationName.get(link.stationId)!}` },
        );
      }
    });
    return this.days.get(actor, dayId);
  }

  /**
   * Locks the day for the change and checks that nobody changed it since it was loaded: of two changes sent at
   * once, the second is refused rather than applied to a day it did not see.
   */
  private async lockUnchanged(manager: EntityManager, loaded: LoadedDay): Promise<void> {
    await this.repository.lockDay(manager, loaded.day.id);
    const current = await this.repository.find(loaded.day.id, manager);
    if (!current || current.cancelledAt !== null) throw conflict('This day was cancelled meanwhile, so it cannot change.');
    if (current.startsAt !== loaded.day.startsAt || current.title !== loaded.day.title) {
      throw conflict('This day was changed meanwhile: reload it and try again.');
    }
  }
}

function requireNotCancelled({ day }: LoadedDay): void {
  if (day.cancelledAt !== null) throw conflict('This day was cancelled, so it can no longer change.');
}

/** A move is for a day that has not begun, to a time it can be held, with a word for its people. */
function requireMovable(loaded: LoadedDay, plan: DayPlan, request: UpdateRequest, now: number): void {
  // Rooms read the day's clock when they open (and keep it): once they can open, the times stay.
  const roomsOpen = Date.parse(loaded.day.startsAt) - VIDEO_ROOM_RULES.opensMinutesBefore * MINUTE;
  if (now >= roomsOpen) {
    throw conflict(
      `This day's rooms opened at ${formatInZone(roomsOpen, loaded.day.timeZone)}, so its times can no longer change: ` +
        'rename it, or cancel what is left of it.',
    );
  }
  if (!request.reason) {
    throw badRequest('A reason is required when the day moves: say why, for its people.', [
      { field: 'reason', message: 'is required when the day moves: say why, for its people' },
    ]);
  }
  const tooSoon = startTimeProblem(plan.start, now);
  if (tooSoon) {
    throw badRequest(`The day's new start ${tooSoon}: ${plan.date} ${plan.startTime} (${plan.timeZone}).`, [
      { field: 'date', message: `with startTime, must be ${tooSoon}` },
      { field: 'startTime', message: `must be ${tooSoon}` },
    ]);
  }
  const tooLong = dayTooLong({ ...plan, rotations: plan.slots.length });
  if (tooLong) throw conflict(tooLong);
}

/** The day as the request would leave it: unknown stations are refused (400 naming them). */
function planOf(loaded: LoadedDay, request: UpdateRequest): DayPlan {
  const { day } = loaded;
  const asked = new Map((request.stations ?? []).map((s) => [s.stationId, s]));
  const errors = (request.stations ?? []).flatMap((s, i) =>
    loaded.stations.some((st) => st.id === s.stationId)
      ? []
      : [{ field: `stations.${i}.stationId`, message: 'is not a station of this day' }],
  );
  if (errors.length > 0) {
    throw fieldsProblem(errors, "Only this day's stations can change");
  }
  const stations = loaded.stations.map((station) => {
    const change = asked.get(station.id);
    const name = change?.name ?? station.name;
    const minutes = change?.minutes ?? station.minutes;
    return { ...station, name, minutes, renamed: name !== station.name, resized: minutes !== station.minutes };
  });
  const date = request.date ?? day.date;
  const startTime = request.startTime ?? day.startTime;
  const timeZone = request.timeZone ?? day.timeZone;
  // The stored instant stands unless the request names a new date, start or zone.
  const start =
    (request.date ?? request.startTime ?? request.timeZone) ? zonedInstant(date, startTime, timeZone) : Date.parse(day.startsAt);
  const gapMinutes = request.gapMinutes ?? day.gapMinutes;
  const rotationMinutes = Math.max(...stations.map((s) => s.minutes));
  const slots = rotationSlots(start, day.rotationCount, rotationMinutes, gapMinutes);
  return {
    title: request.title ?? day.title,
    date,
    startTime,
    timeZone,
    start,
    end: slots[slots.length - 1].endsAt,
    gapMinutes,
    rotationMinutes,
    slots,
    stations,
  };
}

/** Each session of the day on the plan's clock: its rotation's start, its station's own length. */
function visitsOf(loaded: LoadedDay, plan: DayPlan): ScheduledVisit[] {
  const stationById = new Map(plan.stations.map((s) => [s.id, s]));
  return loaded.links.map((link) => {
    const station = stationById.get(link.stationId)!;
    const startsAt = plan.slots[link.rotation].startsAt;
    return {
      rotation: link.rotation,
      stationIndex: station.position,
      stationName: station.name,
      candidateId: link.candidate.userId,
      interviewerId: station.interviewer.userId,
      startsAt,
      endsAt: startsAt + station.minutes * MINUTE,
      sessionId: link.sessionId,
    };
  });
}

function namesOf(loaded: LoadedDay): (userId: string) => string {
  const names = new Map<string, string>();
  for (const link of loaded.links) names.set(link.candidate.userId, link.candidate.displayName);
  for (const station of loaded.stations) names.set(station.interviewer.userId, station.interviewer.displayName);
  return (userId) => names.get(userId) ?? 'Someone';
}
