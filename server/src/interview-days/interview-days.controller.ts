import { Controller, Res } from '@nestjs/common';
import { routes, type ValidatedBody } from '@rounds/shared';
import type { Response } from 'express';
import { Actor } from '../common/actor.decorator.js';
import { Route, UuidParam, ValidBody } from '../common/route.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { DayBuilderService } from './day-builder.service.js';
import { DayChangesService } from './day-changes.service.js';
import { DayLiveService } from './day-live.service.js';
import { DayScoresService } from './day-scores.service.js';
import { InterviewDaysService } from './interview-days.service.js';

@Controller()
export class InterviewDaysController {
  constructor(
    private readonly builder: DayBuilderService,
    private readonly changes: DayChangesService,
    private readonly days: InterviewDaysService,
    private readonly live: DayLiveService,
    private readonly scores: DayScoresService,
  ) {}

  @Route(routes.createInterviewDay)
  create(
    @Actor() actor: UserEntity,
    @UuidParam('cohortId') cohortId: string,
    @ValidBody(routes.createInterviewDay) body: ValidatedBody<typeof routes.createInterviewDay>,
  ) {
    return this.builder.create(actor, cohortId, body);
  }

  @Route(routes.listInterviewDays)
  list(@Actor() actor: UserEntity, @UuidParam('cohortId') cohortId: string) {
    return this.days.list(actor, cohortId);
  }

  @Route(routes.getInterviewDay)
  get(@Actor() actor: UserEntity, @UuidParam('dayId') dayId: string) {
    return this.days.get(actor, dayId);
  }

  @Route(routes.updateInterviewDay)
  update(
    @Actor() actor: UserEntity,
    @UuidParam('dayId') dayId: string,
    @ValidBody(routes.updateInterviewDay) body: ValidatedBody<typeof routes.updateInterviewDay>,
  ) {
    return this.changes.update(actor, dayId, body);
  }

  @Route(routes.cancelInterviewDay)
  cancel(
    @Actor() actor: UserEntity,
    @UuidParam('dayId') dayId: string,
    @ValidBody(routes.cancelInterviewDay) body: ValidatedBody<typeof routes.cancelInterviewDay>,
  ) {
    return this.changes.cancel(actor, dayId, body.reason);
  }

  @Route(routes.interviewDayLive)
  liveView(@Actor() actor: UserEntity, @UuidParam('dayId') dayId: string) {
    return this.live.live(actor, dayId);
  }

  @Route(routes.interviewDayScores)
  scoreSummary(@Actor() actor: UserEntity, @UuidParam('dayId') dayId: string) {
    return this.scores.scoresFor(actor, dayId);
  }

  @Route(routes.interviewDayScoresCsv)
  async csv(
    @Actor() actor: UserEntity,
    @UuidParam('dayId') dayId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const text = await this.scores.csv(actor, dayId);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
    response.setHeader('Content-Disposition', `attachment; filename="interview-day-${dayId}-scores.csv"`);
    return text;
  }
}
