import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  fieldLabel,
  fieldSentence,
  formatInZone,
  standbyWindowProblem,
  type JoinStandbyRequest,
  type StandbyEntry,
} from '@rounds/shared';
import { DataSource } from 'typeorm';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { badRequest, conflict, forbidden, notFound } from '../common/problem.js';
import { isExclusionViolation } from '../database/pg-errors.js';
import { BookingService } from '../scheduling/booking.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { StandbyRepository } from './standby.repository.js';

/** The standby list: candidates say when they could step into a peer session whose partner did not come. */
@Injectable()
export class StandbyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly standby: StandbyRepository,
    private readonly cohorts: CohortsService,
    private readonly booking: BookingService,
  ) {}

  /**
   * Puts the candidate on standby for [from, to): a window in the future, at most four hours long, that
   * overlaps neither their own sessions (they could not step in then) nor another window of theirs.
   */
  async join(actor: UserEntity, cohortId: string, request: JoinStandbyRequest): Promise<StandbyEntry> {
    const roles = await this.cohorts.requireMember(actor, cohortId);
    if (!roles.includes('candidate')) throw forbidden('Only candidates of this cohort can be on its standby list.');
    const from = Date.parse(request.from);
    const to = Date.parse(request.to);
    const problem = standbyWindowProblem(from, to, Date.now());
    if (problem) throw badRequest(fieldSentence(fieldLabel(problem.field), problem.message), [problem]);
    const busy = await this.booking.firstBusyTime(this.db.manager, actor.id, from, to);
    if (busy) {
      throw conflict(
        `You are in a session from ${formatInZone(busy.start, actor.timeZone)} to ${formatInZone(busy.end, actor.timeZone)}: ` +
          'choose a standby window outside your own sessions.',
      );
    }
    try {
      return await this.standby.insertEntry({ userId: actor.id, cohortId, track: request.track, from, to });
    } catch (error) {
      if (!isExclusionViolation(error, 'standby_entries_no_overlap')) throw error;
      const [mine] = await this.standby.entriesOverlapping(actor.id, cohortId, from, to);
      const when = mine
        ? ` from ${formatInZone(Date.parse(mine.from), actor.timeZone)} to ${formatInZone(Date.parse(mine.to), actor.timeZone)}`
        : '';
      throw conflict(`You are already on standby${when} in this cohort: leave that window first, or choose a time outside it.`);
    }
  }

  /** The actor's own windows in the cohort that have not ended. */
  async list(actor: UserEntity, cohortId: string): Promise<StandbyEntry[]> {
    await this.cohorts.requireMember(actor, cohortId);
    return this.standby.listEntries(actor.id, cohortId);
  }

  /** All of the actor's windows, past ones included, in every cohort. */
  allOf(actor: UserEntity): Promise<StandbyEntry[]> {
    return this.standby.allEntriesOf(actor.id);
  }

  /** Leaves one of the actor's windows; offers made from it can no longer be accepted. */
  async leave(actor: UserEntity, cohortId: string, entryId: string): Promise<void> {
    await this.cohorts.requireMember(actor, cohortId);
    if (!(await this.standby.deleteEntry(actor.id, cohortId, entryId))) {
      throw notFound('You have no standby window with that id in this cohort.');
    }
  }
}
