import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DAY,
  ROLE_LABELS,
  type Cohort,
  type CreateInvitationRequest,
  type Invitation,
  type InvitationPreview,
  type InvitationStatus,
} from '@rounds/shared';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { isUniqueViolation } from '../database/pg-errors.js';
import { conflict, forbidden, gone, notFound } from '../common/problem.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { CohortEntity, InvitationEntity } from './cohort.entity.js';
import { CohortsService } from './cohorts.service.js';

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cohorts: CohortsService,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
  ) {}

  async create(actor: UserEntity, cohortId: string, request: CreateInvitationRequest & { email: string }): Promise<Invitation> {
    await this.cohorts.requireCoordinator(actor, cohortId);
    if (await this.cohorts.isMemberWithRole(cohortId, request.email, request.role)) {
      throw conflict(`${request.email} is already a ${request.role} in this cohort.`);
    }
    try {
      const invitation = await this.db.transaction(async (manager) => {
        // An expired invitation no longer blocks a fresh one for the same person and role.
        await manager.query(
          `UPDATE invitations SET revoked_at = now()
           WHERE cohort_id = $1 AND email = $2 AND role = $3 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at <= now()`,
          [cohortId, request.email, request.role],
        );
        const repository = manager.getRepository(InvitationEntity);
        const saved = await repository.save(
          repository.create({
            cohortId,
            email: request.email,
            role: request.role,
            token: randomBytes(24).toString('base64url'),
            invitedBy: actor.id,
            expiresAt: new Date(Date.now() + this.config.invitationTtlDays * DAY),
            acceptedAt: null,
            acceptedBy: null,
            revokedAt: null,
          }),
        );
        const cohort = await manager.getRepository(CohortEntity).findOneByOrFail({ id: cohortId });
        await this.outbox.enqueue(manager, this.invitationEmail(saved, cohort.name, actor.displayName));
        return saved;
      });
      return this.toDto(invitation);
    } catch (error) {
      if (isUniqueViolation(error, 'invitations_open_key')) {
        throw conflict(
          `${request.email} already has a pending invitation as ${request.role}: copy its link, or withdraw it first.`,
        );
      }
      throw error;
    }
  }

  async list(actor: UserEntity, cohortId: string): Promise<Invitation[]> {
    await this.cohorts.requireCoordinator(actor, cohortId);
    const invitations = await this.db.getRepository(InvitationEntity).find({ where: { cohortId }, order: { createdAt: 'DESC' } });
    return invitations.map((invitation) => this.toDto(invitation));
  }

  async revoke(actor: UserEntity, cohortId: string, invitationId: string): Promise<void> {
    await this.cohorts.requireCoordinator(actor, cohortId);
    const invitation = await this.db.getRepository(InvitationEntity).findOneBy({ id: invitationId, cohortId });
    if (!invitation) throw notFound('There is no invitation with that id in this cohort.');
    // Conditional, so an acceptance racing this request wins cleanly instead of breaking a constraint.
    const [{ n }]: { n: number }[] = await this.db.query(
      `WITH withdrawn AS (
         UPDATE invitations SET revoked_at = now() WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING 1
       ) SELECT count(*)::int AS n FROM withdrawn`,
      [invitationId],
    );
    if (n === 0) {
      const current = await this.db.getRepository(InvitationEntity).findOneByOrFail({ id: invitationId });
      if (current.acceptedAt) throw conflict('This invitation has already been accepted; it cannot be withdrawn.');
    }
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.db.getRepository(InvitationEntity).findOneBy({ token });
    this.assertUsable(invitation);
    const cohort = await this.db.getRepository(CohortEntity).findOneByOrFail({ id: invitation.cohortId });
    const inviter = await this.users.findById(invitation.invitedBy);
    return {
      cohortName: cohort.name,
      email: invitation.email,
      role: invitation.role,
      invitedBy: inviter?.displayName ?? 'A coordinator',
      expiresAt: invitation.expiresAt.toISOString(),
      accountExists: await this.users.emailTaken(invitation.email),
    };
  }

  /**
   * Uses an invitation inside the caller's transaction: locks it, checks it is still open and meant
   * for this address, adds the person to the cohort with the invited role and marks it used.
   */
  async redeem(manager: EntityManager, token: string, user: UserEntity): Promise<InvitationEntity> {
    const invitation = await manager
      .getRepository(InvitationEntity)
      .createQueryBuilder('invitation')
      .setLock('pessimistic_write')
      .where('invitation.token = :token', { token })
      .getOne();
    this.assertUsable(invitation);
    if (invitation.email !== user.email) {
      throw forbidden(`This invitation was sent to ${invitation.email}: use that address to accept it.`);
    }
    await this.users.grantRole(manager, user, invitation.role);
    await this.cohorts.addMember(manager, invitation.cohortId, user.id, invitation.role);
    await manager.getRepository(InvitationEntity).update({ id: invitation.id }, { acceptedAt: new Date(), acceptedBy: user.id });
    return invitation;
  }

  /** Checks a token before any account is created, so a bad link writes nothing. */
  async requireOpen(manager: EntityManager, token: string, email: string): Promise<InvitationEntity> {
    const invitation = await manager.getRepository(InvitationEntity).findOneBy({ token });
    this.assertUsable(invitation);
    if (invitation.email !== email) {
      throw forbidden(`This invitation was sent to ${invitation.email}: register with that address.`);
    }
    return invitation;
  }

  async acceptAsSignedIn(actor: UserEntity, token: string): Promise<Cohort> {
    const invitation = await this.db.transaction((manager) => this.redeem(manager, token, actor));
    return this.cohorts.getSummary(actor, invitation.cohortId);
  }

  private assertUsable(invitation: InvitationEntity | null): asserts invitation is InvitationEntity {
    if (!invitation) throw notFound('This invitation link is not valid: check that you copied all of it.');
    switch (statusOf(invitation)) {
      case 'accepted':
        throw conflict('This invitation has already been used. Sign in with the account that accepted it.');
      case 'revoked':
        throw gone('This invitation was withdrawn by the coordinator. Ask them for a new one.');
      case 'expired':
        throw gone(
          `This invitation expired on ${invitation.expiresAt.toISOString().slice(0, 10)}. Ask your coordinator for a new one.`,
        );
      case 'pending':
        return;
    }
  }

  private link(token: string): string {
    return `${this.config.publicUrl}/join/${token}`;
  }

  private toDto(invitation: InvitationEntity): Invitation {
    const status = statusOf(invitation);
    return {
      id: invitation.id,
      cohortId: invitation.cohortId,
      email: invitation.email,
      role: invitation.role,
      status,
      link: status === 'pending' ? this.link(invitation.token) : null,
      expiresAt: invitation.expiresAt.toISOString(),
      createdAt: invitation.createdAt.toISOString(),
    };
  }

  private invitationEmail(invitation: InvitationEntity, cohortName: string, inviterName: string) {
    const role = ROLE_LABELS[invitation.role].toLowerCase();
    return {
      kind: 'cohort-invitation',
      toAddress: invitation.email,
      subject: `${inviterName} invited you to ${cohortName} on Rounds`,
      textBody: [
        `Hello,`,
        ``,
        `${inviterName} invited you to join "${cohortName}" on Rounds as a ${role}.`,
        `Rounds runs live mock interviews for residency, fellowship and healthcare job candidates.`,
        ``,
        `Create your account here: ${this.link(invitation.token)}`,
        ``,
        `The link works once and expires on ${invitation.expiresAt.toUTCString()}.`,
        `If you did not expect this, you can ignore this message.`,
      ].join('\n'),
      metadata: { invitationId: invitation.id, cohortId: invitation.cohortId },
    };
  }
}

function statusOf(invitation: InvitationEntity, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt <= now) return 'expired';
  return 'pending';
}
