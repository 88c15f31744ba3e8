import { Controller } from '@nestjs/common';
import { routes, type ValidatedBody } from '@rounds/shared';
import { Actor } from '../common/actor.decorator.js';
import { Route, UuidParam, ValidBody } from '../common/route.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { CohortsService } from './cohorts.service.js';
import { InvitationsService } from './invitations.service.js';

@Controller()
export class CohortsController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Route(routes.listCohorts)
  list(@Actor() actor: UserEntity) {
    return this.cohorts.listForUser(actor);
  }

  @Route(routes.createCohort)
  create(@Actor() actor: UserEntity, @ValidBody(routes.createCohort) body: ValidatedBody<typeof routes.createCohort>) {
    return this.cohorts.create(actor, body);
  }

  @Route(routes.getCohort)
  get(@Actor() actor: UserEntity, @UuidParam('cohortId') cohortId: string) {
    return this.cohorts.getDetail(actor, cohortId);
  }

  @Route(routes.listMembers)
  members(@Actor() actor: UserEntity, @UuidParam('cohortId') cohortId: string) {
    return this.cohorts.listMembers(actor, cohortId);
  }

  @Route(routes.listInvitations)
  invitationsOf(@Actor() actor: UserEntity, @UuidParam('cohortId') cohortId: string) {
    return this.invitations.list(actor, cohortId);
  }

  @Route(routes.createInvitation)
  invite(
    @Actor() actor: UserEntity,
    @UuidParam('cohortId') cohortId: string,
    @ValidBody(routes.createInvitation) body: ValidatedBody<typeof routes.createInvitation>,
  ) {
    return this.invitations.create(actor, cohortId, body);
  }

  @Route(routes.revokeInvitation)
  revoke(@Actor() actor: UserEntity, @UuidParam('cohortId') cohortId: string, @UuidParam('invitationId') invitationId: string) {
    return this.invitations.revoke(actor, cohortId, invitationId);
  }
}
