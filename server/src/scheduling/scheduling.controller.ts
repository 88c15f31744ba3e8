import { Controller } from '@nestjs/common';
import {
  routes,
  type bookSessionRequestSchema,
  type cancelSessionRequestSchema,
  type noShowRequestSchema,
  type rescheduleSessionRequestSchema,
  type scheduleSessionRequestSchema,
  type sessionListQuerySchema,
  type slotQuerySchema,
  type updateAvailabilityRequestSchema,
} from '@rounds/shared';
import type { z } from 'zod';
import { Actor } from '../auth/actor.decorator.js';
import { Route, UuidParam, ValidBody, ValidQuery } from '../common/route.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { AvailabilityService } from './availability.service.js';
import { SessionsService } from './sessions.service.js';

@Controller()
export class SchedulingController {
  constructor(
    private readonly availability: AvailabilityService,
    private readonly sessions: SessionsService,
  ) {}

  @Route(routes.getAvailability)
  getAvailability(@Actor() actor: UserEntity) {
    return this.availability.get(actor);
  }

  @Route(routes.updateAvailability)
  updateAvailability(@Actor() actor: UserEntity, @ValidBody(routes.updateAvailability) body: z.output<typeof updateAvailabilityRequestSchema>) {
    return this.availability.replace(actor, body);
  }

  @Route(routes.proposeSlots)
  proposeSlots(@Actor() actor: UserEntity, @ValidQuery(routes.proposeSlots) query: z.output<typeof slotQuerySchema>) {
    return this.sessions.proposeSlots(actor, query);
  }

  @Route(routes.bookSession)
  book(@Actor() actor: UserEntity, @ValidBody(routes.bookSession) body: z.output<typeof bookSessionRequestSchema>) {
    return this.sessions.book(actor, body);
  }

  @Route(routes.scheduleSession)
  schedule(
    @Actor() actor: UserEntity,
    @UuidParam('cohortId') cohortId: string,
    @ValidBody(routes.scheduleSession) body: z.output<typeof scheduleSessionRequestSchema>,
  ) {
    return this.sessions.schedule(actor, cohortId, body);
  }

  @Route(routes.listSessions)
  list(@Actor() actor: UserEntity, @ValidQuery(routes.listSessions) query: z.output<typeof sessionListQuerySchema>) {
    return this.sessions.list(actor, query.scope, query.cohortId);
  }

  @Route(routes.getSession)
  get(@Actor() actor: UserEntity, @UuidParam('sessionId') sessionId: string) {
    return this.sessions.get(actor, sessionId);
  }

  @Route(routes.cancelSession)
  cancel(@Actor() actor: UserEntity, @UuidParam('sessionId') sessionId: string, @ValidBody(routes.cancelSession) body: z.output<typeof cancelSessionRequestSchema>) {
    return this.sessions.cancel(actor, sessionId, body.reason);
  }

  @Route(routes.rescheduleSession)
  reschedule(
    @Actor() actor: UserEntity,
    @UuidParam('sessionId') sessionId: string,
    @ValidBody(routes.rescheduleSession) body: z.output<typeof rescheduleSessionRequestSchema>,
  ) {
    return this.sessions.reschedule(actor, sessionId, body.startsAt, body.durationMinutes, body.reason);
  }

  @Route(routes.markNoShow)
  noShow(@Actor() actor: UserEntity, @UuidParam('sessionId') sessionId: string, @ValidBody(routes.markNoShow) body: z.output<typeof noShowRequestSchema>) {
    return this.sessions.markNoShow(actor, sessionId, body.userId, body.reason);
  }
}
