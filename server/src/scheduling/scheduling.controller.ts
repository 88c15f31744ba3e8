import { Controller, Res } from '@nestjs/common';
import { routes, type ValidatedBody, type ValidatedQuery } from '@rounds/shared';
import { Actor } from '../common/actor.decorator.js';
import { Route, UuidParam, ValidBody, ValidQuery } from '../common/route.decorators.js';
import type { Response } from 'express';
import type { UserEntity } from '../users/user.entity.js';
import { AvailabilityService } from './availability.service.js';
import { BookingService } from './booking.service.js';
import { InterviewSessionsService } from './interview-sessions.service.js';
import { SessionLifecycleService } from './session-lifecycle.service.js';

@Controller()
export class SchedulingController {
  constructor(
    private readonly availability: AvailabilityService,
    private readonly booking: BookingService,
    private readonly sessions: InterviewSessionsService,
    private readonly lifecycle: SessionLifecycleService,
  ) {}

  @Route(routes.getAvailability)
  getAvailability(@Actor() actor: UserEntity) {
    return this.availability.get(actor);
  }

  @Route(routes.updateAvailability)
  updateAvailability(
    @Actor() actor: UserEntity,
    @ValidBody(routes.updateAvailability) body: ValidatedBody<typeof routes.updateAvailability>,
  ) {
    return this.availability.replace(actor, body);
  }

  @Route(routes.proposeSlots)
  proposeSlots(@Actor() actor: UserEntity, @ValidQuery(routes.proposeSlots) query: ValidatedQuery<typeof routes.proposeSlots>) {
    return this.booking.proposeSlots(actor, query);
  }

  @Route(routes.bookSession)
  book(@Actor() actor: UserEntity, @ValidBody(routes.bookSession) body: ValidatedBody<typeof routes.bookSession>) {
    return this.booking.book(actor, body);
  }

  @Route(routes.scheduleSession)
  schedule(
    @Actor() actor: UserEntity,
    @UuidParam('cohortId') cohortId: string,
    @ValidBody(routes.scheduleSession) body: ValidatedBody<typeof routes.scheduleSession>,
  ) {
    return this.booking.schedule(actor, cohortId, body);
  }

  @Route(routes.listSessions)
  list(@Actor() actor: UserEntity, @ValidQuery(routes.listSessions) query: ValidatedQuery<typeof routes.listSessions>) {
    return this.sessions.list(actor, query.scope, query.cohortId);
  }

  @Route(routes.cohortMemberActivity)
  memberActivity(@Actor() actor: UserEntity, @UuidParam('cohortId') cohortId: string) {
    return this.sessions.memberActivity(actor, cohortId);
  }

  @Route(routes.getSession)
  get(@Actor() actor: UserEntity, @UuidParam('sessionId') sessionId: string) {
    return this.sessions.detail(actor, sessionId);
  }

  @Route(routes.cancelSession)
  cancel(
    @Actor() actor: UserEntity,
    @UuidParam('sessionId') sessionId: string,
    @ValidBody(routes.cancelSession) body: ValidatedBody<typeof routes.cancelSession>,
  ) {
    return this.lifecycle.cancel(actor, sessionId, body.reason);
  }

  @Route(routes.rescheduleSession)
  reschedule(
    @Actor() actor: UserEntity,
    @UuidParam('sessionId') sessionId: string,
    @ValidBody(routes.rescheduleSession) body: ValidatedBody<typeof routes.rescheduleSession>,
  ) {
    return this.lifecycle.reschedule(actor, sessionId, body.startsAt, body.durationMinutes, body.reason);
  }

  @Route(routes.markNoShow)
  noShow(
    @Actor() actor: UserEntity,
    @UuidParam('sessionId') sessionId: string,
    @ValidBody(routes.markNoShow) body: ValidatedBody<typeof routes.markNoShow>,
  ) {
    return this.lifecycle.markNoShow(actor, sessionId, body.userId, body.reason);
  }

  @Route(routes.clearNoShow)
  clearNoShow(
    @Actor() actor: UserEntity,
    @UuidParam('sessionId') sessionId: string,
    @ValidBody(routes.clearNoShow) body: ValidatedBody<typeof routes.clearNoShow>,
  ) {
    return this.lifecycle.clearNoShow(actor, sessionId, body.userId, body.reason);
  }

  @Route(routes.sessionCalendar)
  async calendar(
    @Actor() actor: UserEntity,
    @UuidParam('sessionId') sessionId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const ics = await this.lifecycle.calendarFile(actor, sessionId);
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8; method=PUBLISH');
    response.setHeader('Content-Disposition', `attachment; filename="rounds-session-${sessionId}.ics"`);
    return ics;
  }
}
