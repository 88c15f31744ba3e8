import { Controller, Param, Res } from '@nestjs/common';
import { routes, type ValidatedBody, type ValidatedQuery } from '@rounds/shared';
import type { Response } from 'express';
import { Actor } from '../common/actor.decorator.js';
import { Route, UuidParam, ValidBody, ValidQuery } from '../common/route.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { CohortFeedbackService } from './cohort-feedback.service.js';
import { FeedbackFormsService } from './feedback-forms.service.js';
import { FollowUpService } from './follow-up.service.js';
import { ProgressService } from './progress.service.js';

@Controller()
export class FeedbackController {
  constructor(
    private readonly forms: FeedbackFormsService,
    private readonly progress: ProgressService,
    private readonly cohorts: CohortFeedbackService,
    private readonly followUp: FollowUpService,
  ) {}

  @Route(routes.sessionFeedback)
  sessionFeedback(@Actor() actor: UserEntity, @UuidParam('sessionId') sessionId: string) {
    return this.forms.sessionFeedback(actor, sessionId);
  }

  @Route(routes.requestFeedback)
  requestFeedback(
    @Actor() actor: UserEntity,
    @UuidParam('sessionId') sessionId: string,
    @ValidBody(routes.requestFeedback) body: ValidatedBody<typeof routes.requestFeedback>,
  ) {
    return this.followUp.requestFeedback(actor, sessionId, body.interviewerId);
  }

  @Route(routes.getFeedbackForm)
  getForm(
    @Actor() actor: UserEntity,
    @UuidParam('sessionId') sessionId: string,
    @Param('kind') kind: string,
    @ValidQuery(routes.getFeedbackForm) query: ValidatedQuery<typeof routes.getFeedbackForm>,
  ) {
    return this.forms.get(actor, sessionId, kind, query.about);
  }

  @Route(routes.saveFeedbackDraft)
  saveDraft(
    @Actor() actor: UserEntity,
    @UuidParam('sessionId') sessionId: string,
    @Param('kind') kind: string,
    @ValidBody(routes.saveFeedbackDraft) body: ValidatedBody<typeof routes.saveFeedbackDraft>,
  ) {
    return this.forms.saveDraft(actor, sessionId, kind, body);
  }

  @Route(routes.submitFeedback)
  submit(
    @Actor() actor: UserEntity,
    @UuidParam('sessionId') sessionId: string,
    @Param('kind') kind: string,
    @ValidBody(routes.submitFeedback) body: ValidatedBody<typeof routes.submitFeedback>,
  ) {
    return this.forms.submit(actor, sessionId, kind, body);
  }

  @Route(routes.thankYouDraft)
  thankYou(@Actor() actor: UserEntity, @UuidParam('sessionId') sessionId: string) {
    return this.followUp.thankYou(actor, sessionId);
  }

  @Route(routes.sendThankYou)
  sendThankYou(
    @Actor() actor: UserEntity,
    @UuidParam('sessionId') sessionId: string,
    @ValidBody(routes.sendThankYou) body: ValidatedBody<typeof routes.sendThankYou>,
  ) {
    return this.followUp.sendThankYou(actor, sessionId, body);
  }

  @Route(routes.myProgress)
  myProgress(@Actor() actor: UserEntity) {
    return this.progress.of(actor);
  }

  @Route(routes.feedbackOverview)
  overview(@Actor() actor: UserEntity, @UuidParam('cohortId') cohortId: string) {
    return this.cohorts.overview(actor, cohortId);
  }

  @Route(routes.feedbackCsv)
  async csv(
    @Actor() actor: UserEntity,
    @UuidParam('cohortId') cohortId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const text = await this.cohorts.csv(actor, cohortId);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
    response.setHeader('Content-Disposition', `attachment; filename="cohort-${cohortId}-feedback.csv"`);
    return text;
  }
}
