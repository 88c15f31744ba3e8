import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Cohort, CohortDetail, CreateCohortRequest, Member, Role } from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';
import { forbidden, notFound } from '../common/problem.js';
import { ReliabilityService } from '../reliability/reliability.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { CohortEntity, CohortMemberEntity } from './cohort.entity.js';

interface CohortRow {
  id: string;
  name: string;
  description: string;
  created_at: Date;
  my_roles: Role[];
  member_count: number;
}

@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reliability: ReliabilityService,
    private readonly users: UsersService,
  ) {}

  async create(actor: UserEntity, request: CreateCohortRequest): Promise<Cohort> {
    if (!actor.roles.includes('coordinator')) {
      throw forbidden('Only coordinators can create cohorts. Ask a coordinator to invite you as one.');
    }
    const cohortId = await this.db.transaction(async (manager) => {
      const cohort = await manager.getRepository(CohortEntity).save(
        manager.getRepository(CohortEntity).create({
          name: request.name,
          description: request.description ?? '',
          createdBy: actor.id,
        }),
      );
      await this.addMember(manager, cohort.id, actor.id, 'coordinator');
      return cohort.id;
    });
    return this.getSummary(actor, cohortId);
  }

  /**
   * The names of the cohorts that would have no coordinator left without this person, read under a lock on those
   * cohorts, so two of a cohort's coordinators leaving at once cannot both go.
   */
  async coordinatedOnlyBy(manager: EntityManager, userId: string): Promise<string[]> {
    await manager.query(
      `SELECT id FROM cohorts WHERE id IN (SELECT cohort_id FROM cohort_members WHERE user_id = $1 AND role = 'coordinator')
        ORDER BY id FOR UPDATE`,
      [userId],
    );
    const rows: { name: string }[] = await manager.query(
      `SELECT c.name FROM cohorts c JOIN cohort_members mine ON mine.cohort_id = c.id AND mine.user_id = $1 AND mine.role = 'coordinator'
        WHERE NOT EXISTS (SELECT 1 FROM cohort_members other
                           WHERE other.cohort_id = c.id AND other.role = 'coordinator' AND other.user_id <> $1)
        ORDER BY c.name`,
      [userId],
    );
    return rows.map((row) => row.name);
  }

  async listForUser(actor: UserEntity): Promise<Cohort[]> {
    const rows: CohortRow[] = await this.db.query(
      `${cohortSummarySql('$1')} WHERE c.id IN (SELECT cohort_id FROM cohort_members WHERE user_id = $1)
       ORDER BY c.created_at DESC`,
      [actor.id],
    );
    return rows.map(toCohortDto);
  }

  async getDetail(actor: UserEntity, cohortId: string): Promise<CohortDetail> {
    const cohort = await this.getSummary(actor, cohortId);
    return { ...cohort, members: await this.listMembers(actor, cohortId) };
  }

  /** Members see each other's names and zones; only coordinators see e-mail addresses, reliability and accommodations. */
  async listMembers(actor: UserEntity, cohortId: string): Promise<Member[]> {
    const myRoles = await this.requireMember(actor, cohortId);
    const coordinator = myRoles.includes('coordinator');
    const rows: {
      user_id: string;
      display_name: string;
      email: string;
      role: Role;
      track: Member['track'];
      time_zone: string;
      joined_at: Date;
    }[] = await this.db.query(
      `SELECT m.user_id, u.display_name, u.email, m.role, u.track, u.time_zone, m.joined_at
         FROM cohort_members m JOIN users u ON u.id = m.user_id
         WHERE m.cohort_id = $1
         ORDER BY array_position(ARRAY['coordinator', 'mentor', 'candidate'], m.role), u.display_name`,
      [cohortId],
    );
    const ids = rows.map((row) => row.user_id);
    const reliability = coordinator ? await this.reliability.of(ids) : undefined;
    const accommodations = coordinator ? await this.users.accommodationsOf(ids) : undefined;
    return rows.map((row) => ({
      userId: row.user_id,
      displayName: row.display_name,
      email: coordinator ? row.email : null,
      role: row.role,
      track: row.track,
      timeZone: row.time_zone,
      joinedAt: row.joined_at.toISOString(),
      ...(reliability ? { reliability: reliability.get(row.user_id) } : {}),
      // Accommodations are for candidates: offered on their rows only, never on a mentor's or coordinator's.
      ...(accommodations && row.role === 'candidate' ? { accommodations: accommodations.get(row.user_id) } : {}),
    }));
  }

  /** Whether the actor coordinates a cohort the person is a candidate of (false, never an error, otherwise). */
  async coordinatesCandidate(actor: UserEntity, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM cohort_members mine JOIN cohort_members theirs ON theirs.cohort_id = mine.cohort_id
        WHERE mine.user_id = $1 AND mine.role = 'coordinator' AND theirs.user_id = $2 AND theirs.role = 'candidate' LIMIT 1`,
      [actor.id, userId],
    );
    return rows.length > 0;
  }

  /** The actor's roles in the cohort; 404 when it does not exist, 403 when they are not in it. */
  async requireMember(actor: UserEntity, cohortId: string): Promise<Role[]> {
    const exists = await this.db.getRepository(CohortEntity).existsBy({ id: cohortId });
    if (!exists) throw notFound('There is no cohort with that id.');
    const memberships = await this.db.getRepository(CohortMemberEntity).findBy({ cohortId, userId: actor.id });
    if (memberships.length === 0) throw forbidden('You are not a member of this cohort.');
    return memberships.map((membership) => membership.role);
  }

  async requireCoordinator(actor: UserEntity, cohortId: string): Promise<void> {
    const roles = await this.requireMember(actor, cohortId);
    if (!roles.includes('coordinator')) {
      throw forbidden("Only this cohort's coordinators can do that.");
    }
  }

  /** Whether the actor coordinates the cohort (false, never an error, for anyone else). */
  async isCoordinator(actor: UserEntity, cohortId: string): Promise<boolean> {
    return this.db.getRepository(CohortMemberEntity).existsBy({ cohortId, userId: actor.id, role: 'coordinator' });
  }

  /** The cohorts whose content a listing may show: the one asked for (if a member), else all of the actor's. */
  async readableCohortIds(actor: UserEntity, cohortId: string | undefined): Promise<string[]> {
    if (!cohortId) return this.cohortIdsOf(actor);
    await this.requireMember(actor, cohortId);
    return [cohortId];
  }

  /** The actor's roles in each cohort they belong to. */
  async membershipsOf(actor: UserEntity): Promise<Map<string, Role[]>> {
    const rows: { cohort_id: string; role: Role }[] = await this.db.query(
      `SELECT cohort_id, role FROM cohort_members WHERE user_id = $1`,
      [actor.id],
    );
    const memberships = new Map<string, Role[]>();
    for (const row of rows) memberships.set(row.cohort_id, [...(memberships.get(row.cohort_id) ?? []), row.role]);
    return memberships;
  }

  /** Ids of every cohort the actor belongs to, in any role. */
  async cohortIdsOf(actor: UserEntity): Promise<string[]> {
    const rows: { cohort_id: string }[] = await this.db.query(
      `SELECT DISTINCT cohort_id FROM cohort_members WHERE user_id = $1`,
      [actor.id],
    );
    return rows.map((row) => row.cohort_id);
  }

  async addMember(manager: EntityManager, cohortId: string, userId: string, role: Role): Promise<void> {
    await manager.createQueryBuilder().insert().into(CohortMemberEntity).values({ cohortId, userId, role }).orIgnore().execute();
  }

  async isMemberWithRole(cohortId: string, email: string, role: Role): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM cohort_members m JOIN users u ON u.id = m.user_id
       WHERE m.cohort_id = $1 AND u.email = $2 AND m.role = $3`,
      [cohortId, email, role],
    );
    return rows.length > 0;
  }

  async getSummary(actor: UserEntity, cohortId: string): Promise<Cohort> {
    await this.requireMember(actor, cohortId);
    const rows: CohortRow[] = await this.db.query(`${cohortSummarySql('$2')} WHERE c.id = $1`, [cohortId, actor.id]);
    return toCohortDto(rows[0]);
  }
}

/** Cohort rows with the actor's roles in each; `actorParam` names the query parameter holding the actor's id. */
function cohortSummarySql(actorParam: '$1' | '$2'): string {
  return `
    SELECT c.id, c.name, c.description, c.created_at,
      COALESCE((SELECT array_agg(role ORDER BY role) FROM cohort_members WHERE cohort_id = c.id AND user_id = ${actorParam}), '{}') AS my_roles,
      (SELECT count(DISTINCT user_id)::int FROM cohort_members WHERE cohort_id = c.id) AS member_count
    FROM cohorts c`;
}

function toCohortDto(row: CohortRow): Cohort {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    createdAt: row.created_at.toISOString(),
    myRoles: row.my_roles,
    memberCount: row.member_count,
  };
}
