import { Injectable } from '@nestjs/common';
import type { Accommodations } from '@rounds/shared';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { forbidden, notFound } from '../common/problem.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';

/**
 * Reading and setting a person's accommodations. A person sets their own; a coordinator of a cohort the person is a
 * candidate of may grant or change them (they are for the interviewed, not for mentors or coordinators); nobody else
 * may see or touch them (403, whether or not the id exists).
 */
@Injectable()
export class AccommodationsService {
  constructor(
    private readonly users: UsersService,
    private readonly cohorts: CohortsService,
  ) {}

  async get(actor: UserEntity, userId: string): Promise<Accommodations> {
    await this.requireAllowed(actor, userId, 'see');
    const found = (await this.users.accommodationsOf([userId])).get(userId);
    if (!found) throw notFound('There is no person with that id.');
    return found;
  }

  async update(actor: UserEntity, userId: string, accommodations: Accommodations): Promise<Accommodations> {
    await this.requireAllowed(actor, userId, 'change');
    if (!(await this.users.setAccommodations(userId, accommodations))) throw notFound('There is no person with that id.');
    return accommodations;
  }

  private async requireAllowed(actor: UserEntity, userId: string, verb: 'see' | 'change'): Promise<void> {
    if (actor.id === userId || (await this.cohorts.coordinatesCandidate(actor, userId))) return;
    throw forbidden(`You can ${verb} accommodations only for yourself, or for candidates of a cohort you coordinate.`);
  }
}
