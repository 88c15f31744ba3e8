import { Controller } from '@nestjs/common';
import { routes, type ValidatedBody } from '@rounds/shared';
import { Actor } from '../common/actor.decorator.js';
import { Route, UuidParam, ValidBody } from '../common/route.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { StandbyOffersService } from './standby-offers.service.js';
import { StandbyService } from './standby.service.js';

@Controller()
export class StandbyController {
  constructor(
    private readonly standby: StandbyService,
    private readonly offers: StandbyOffersService,
  ) {}

  @Route(routes.joinStandby)
  join(
    @Actor() actor: UserEntity,
    @UuidParam('cohortId') cohortId: string,
    @ValidBody(routes.joinStandby) body: ValidatedBody<typeof routes.joinStandby>,
  ) {
    return this.standby.join(actor, cohortId, body);
  }

  @Route(routes.listStandby)
  list(@Actor() actor: UserEntity, @UuidParam('cohortId') cohortId: string) {
    return this.standby.list(actor, cohortId);
  }

  @Route(routes.leaveStandby)
  leave(@Actor() actor: UserEntity, @UuidParam('cohortId') cohortId: string, @UuidParam('entryId') entryId: string) {
    return this.standby.leave(actor, cohortId, entryId);
  }

  @Route(routes.acceptStandbyOffer)
  accept(@Actor() actor: UserEntity, @UuidParam('offerId') offerId: string) {
    return this.offers.accept(actor, offerId);
  }
}
