import { Controller } from '@nestjs/common';
import { routes, type ValidatedBody } from '@rounds/shared';
import { Actor } from '../common/actor.decorator.js';
import { Route, UuidParam, ValidBody } from '../common/route.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { AccommodationsService } from './accommodations.service.js';

@Controller()
export class AccommodationsController {
  constructor(private readonly accommodations: AccommodationsService) {}

  @Route(routes.getAccommodations)
  get(@Actor() actor: UserEntity, @UuidParam('userId') userId: string) {
    return this.accommodations.get(actor, userId);
  }

  @Route(routes.updateAccommodations)
  update(
    @Actor() actor: UserEntity,
    @UuidParam('userId') userId: string,
    @ValidBody(routes.updateAccommodations) body: ValidatedBody<typeof routes.updateAccommodations>,
  ) {
    return this.accommodations.update(actor, userId, body);
  }
}
