import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  expandAvailability,
  minutesOfDay,
  normalize,
  subtract,
  type Availability,
  type AvailabilityException,
  type Interval,
  type routes,
  type ValidatedBody,
  type WeeklyWindow,
} from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { AvailabilityExceptionEntity, AvailabilityWindowEntity } from './scheduling.entities.js';
import { UsersService } from '../users/users.service.js';
import { SessionsRepository } from './sessions.repository.js';

const toTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

interface Pattern {
  timeZone: string;
  windows: WeeklyWindow[];
  exceptions: AvailabilityException[];
}

@Injectable()
export class AvailabilityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly users: UsersService,
  ) {}

  /** A person reads and writes only their own availability. */
  async get(actor: UserEntity): Promise<Availability> {
    const pattern = (await this.patterns([actor.id])).get(actor.id)!;
    return {
      timeZone: actor.timeZone,
      weeklyCapacity: actor.weeklyCapacity,
      windows: pattern.windows,
      exceptions: pattern.exceptions,
    };
  }

  async replace(actor: UserEntity, request: ValidatedBody<typeof routes.updateAvailability>): Promise<Availability> {
    await this.db.transaction(async (manager) => {
      // Two saves at once (a double click) must not interleave their deletes and inserts.
      await this.users.lock(manager, actor.id);
      await manager.getRepository(AvailabilityWindowEntity).delete({ userId: actor.id });
      await manager.getRepository(AvailabilityExceptionEntity).delete({ userId: actor.id });
      if (request.windows.length) {
        await manager.getRepository(AvailabilityWindowEntity).insert(
          request.windows.map((w) => ({
            userId: actor.id,
            weekday: w.weekday,
            startMinute: minutesOfDay(w.start),
            endMinute: minutesOfDay(w.end),
          })),
        );
      }
      if (request.exceptions.length) {
        await manager.getRepository(AvailabilityExceptionEntity).insert(
          request.exceptions.map((e) => ({
            userId: actor.id,
            date: e.date,
            kind: e.kind,
            startMinute: e.kind === 'extra' ? minutesOfDay(e.start) : null,
            endMinute: e.kind === 'extra' ? minutesOfDay(e.end) : null,
          })),
        );
      }
      if (request.weeklyCapacity !== undefined) {
        await manager.getRepository(UserEntity).update({ id: actor.id }, { weeklyCapacity: request.weeklyCapacity });
        actor.weeklyCapacity = request.weeklyCapacity;
      }
    });
    return this.get(actor);
  }

  /**
   * Each person's free time in [from, to): their weekly pattern in their own zone, with exceptions,
   * less the sessions they are already in.
   */
  async freeTime(
    userIds: string[],
    from: number,
    to: number,
    manager: EntityManager = this.db.manager,
    /** A session whose own time does not count as busy (the one being moved). */
    ignoreSessionId?: string,
  ): Promise<Map<string, Interval[]>> {
    const patterns = await this.patterns(userIds, manager);
    const busy = await this.sessions.busyTimes(manager, userIds, from, to, ignoreSessionId);
    const free = new Map<string, Interval[]>();
    for (const userId of userIds) {
      const pattern = patterns.get(userId);
      if (!pattern) continue;
      const open = expandAvailability(pattern.windows, pattern.exceptions, pattern.timeZone, from, to);
      const taken = busy.filter((b) => b.userId === userId);
      free.set(userId, subtract(open, normalize(taken)));
    }
    return free;
  }

  private async patterns(userIds: string[], manager: EntityManager = this.db.manager): Promise<Map<string, Pattern>> {
    if (userIds.length === 0) return new Map();
    const users = await this.users.findByIds(manager, userIds);
    const windows = await manager.getRepository(AvailabilityWindowEntity).find({
      where: userIds.map((userId) => ({ userId })),
      order: { weekday: 'ASC', startMinute: 'ASC' },
    });
    const exceptions = await manager.getRepository(AvailabilityExceptionEntity).find({
      where: userIds.map((userId) => ({ userId })),
      order: { date: 'ASC', startMinute: 'ASC' },
    });
    return new Map(
      users.map((user) => [
        user.id,
        {
          timeZone: user.timeZone,
          windows: windows
            .filter((w) => w.userId === user.id)
            // The table's CHECK keeps weekday within 1–7.
            .map((w) => ({
              weekday: w.weekday as WeeklyWindow['weekday'],
              start: toTime(w.startMinute),
              end: toTime(w.endMinute),
            })),
          exceptions: exceptions
            .filter((e) => e.userId === user.id)
            .map((e): AvailabilityException =>
              e.kind === 'blocked'
                ? { kind: 'blocked', date: e.date }
                : { kind: 'extra', date: e.date, start: toTime(e.startMinute!), end: toTime(e.endMinute!) },
            ),
        },
      ]),
    );
  }
}
