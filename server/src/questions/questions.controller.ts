import { Controller } from '@nestjs/common';
import { routes, type QuestionContent, type QuestionFilter, type RejectProposalRequest, type ScriptFilter } from '@rounds/shared';
import { Actor } from '../common/actor.decorator.js';
import { Route, UuidParam, ValidBody, ValidQuery } from '../common/route.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { ProposalsService } from './proposals.service.js';
import { QuestionsService } from './questions.service.js';
import { ScriptsService, type ScriptContent } from './scripts.service.js';

@Controller()
export class QuestionsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly proposals: ProposalsService,
  ) {}

  @Route(routes.listQuestions)
  list(@Actor() actor: UserEntity, @ValidQuery(routes.listQuestions) filter: QuestionFilter) {
    return this.questions.list(actor, filter);
  }

  @Route(routes.getQuestion)
  get(@Actor() actor: UserEntity, @UuidParam('questionId') questionId: string) {
    return this.questions.get(actor, questionId);
  }

  @Route(routes.createQuestion)
  create(
    @Actor() actor: UserEntity,
    @UuidParam('cohortId') cohortId: string,
    @ValidBody(routes.createQuestion) body: QuestionContent,
  ) {
    return this.questions.create(actor, cohortId, body);
  }

  @Route(routes.updateQuestion)
  update(
    @Actor() actor: UserEntity,
    @UuidParam('questionId') questionId: string,
    @ValidBody(routes.updateQuestion) body: QuestionContent,
  ) {
    return this.questions.update(actor, questionId, body);
  }

  @Route(routes.cloneQuestion)
  clone(
    @Actor() actor: UserEntity,
    @UuidParam('questionId') questionId: string,
    @ValidBody(routes.cloneQuestion) body: { cohortId: string },
  ) {
    return this.questions.clone(actor, questionId, body.cohortId);
  }

  @Route(routes.retireQuestion)
  retire(@Actor() actor: UserEntity, @UuidParam('questionId') questionId: string) {
    return this.questions.retire(actor, questionId);
  }

  @Route(routes.proposeQuestion)
  propose(
    @Actor() actor: UserEntity,
    @UuidParam('cohortId') cohortId: string,
    @ValidBody(routes.proposeQuestion) body: QuestionContent,
  ) {
    return this.proposals.propose(actor, cohortId, body);
  }

  @Route(routes.listProposals)
  listProposals(@Actor() actor: UserEntity, @UuidParam('cohortId') cohortId: string) {
    return this.proposals.list(actor, cohortId);
  }

  @Route(routes.acceptProposal)
  accept(@Actor() actor: UserEntity, @UuidParam('proposalId') proposalId: string) {
    return this.proposals.accept(actor, proposalId);
  }

  @Route(routes.rejectProposal)
  reject(
    @Actor() actor: UserEntity,
    @UuidParam('proposalId') proposalId: string,
    @ValidBody(routes.rejectProposal) body: RejectProposalRequest,
  ) {
    return this.proposals.reject(actor, proposalId, body.reason);
  }
}

@Controller()
export class ScriptsController {
  constructor(private readonly scripts: ScriptsService) {}

  @Route(routes.listScripts)
  list(@Actor() actor: UserEntity, @ValidQuery(routes.listScripts) filter: ScriptFilter) {
    return this.scripts.list(actor, filter);
  }

  @Route(routes.getScript)
  get(@Actor() actor: UserEntity, @UuidParam('scriptId') scriptId: string) {
    return this.scripts.get(actor, scriptId);
  }

  @Route(routes.createScript)
  create(
    @Actor() actor: UserEntity,
    @UuidParam('cohortId') cohortId: string,
    @ValidBody(routes.createScript) body: ScriptContent,
  ) {
    return this.scripts.create(actor, cohortId, body);
  }

  @Route(routes.updateScript)
  update(
    @Actor() actor: UserEntity,
    @UuidParam('scriptId') scriptId: string,
    @ValidBody(routes.updateScript) body: ScriptContent,
  ) {
    return this.scripts.update(actor, scriptId, body);
  }

  @Route(routes.cloneScript)
  clone(
    @Actor() actor: UserEntity,
    @UuidParam('scriptId') scriptId: string,
    @ValidBody(routes.cloneScript) body: { cohortId: string },
  ) {
    return this.scripts.clone(actor, scriptId, body.cohortId);
  }

  @Route(routes.retireScript)
  retire(@Actor() actor: UserEntity, @UuidParam('scriptId') scriptId: string) {
    return this.scripts.retire(actor, scriptId);
  }
}
