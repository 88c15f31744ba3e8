import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  NO_ACCOMMODATIONS,
  type Accommodations,
  type ExperienceLevel,
  type routes,
  type User,
  type ValidatedBody,
} from '@rounds/shared';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** The name a deleted account's row carries wherever others still see it. */
const FORMER_MEMBER = 'a former member';

export type NewUser = Pick<UserEntity, 'email' | 'passwordHash' | 'displayName' | 'timeZone' | 'roles'> &
  Partial<Pick<UserEntity, 'track' | 'experienceLevel' | 'specialty' | 'bio' | 'interviewerPersonas' | 'weeklyCapacity'>>;

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id });
  }

  /** The people with these ids, in the caller's transaction; unknown ids are left out. */
  findByIds(manager: EntityManager, ids: string[]): Promise<UserEntity[]> {
    return manager.getRepository(UserEntity).findBy({ id: In(ids) });
  }

  /** With the password hash, for sign-in only. */
  findForLogin(email: string): Promise<UserEntity | null> {
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email: email.toLowerCase() })
      .getOne();
  }

  /** Whoever holds an address, in the caller's transaction; never a deleted account. */
  findByEmail(email: string, manager: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOneBy({ email: email.toLowerCase(), deletedAt: IsNull() });
  }

  /** A person's password hash, to check a password they typed to prove it is them. */
  async passwordHashOf(userId: string): Promise<string | undefined> {
    const [row]: { password_hash: string }[] = await this.db.query(`SELECT password_hash FROM users WHERE id = $1`, [userId]);
    return row?.password_hash;
  }

  async setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
  }

  /**
   * Empties a deleted account's row rather than deleting it: feedback it submitted and attendance of shared sessions
   * reference it, and now read "a former member". Nothing about the person stays: no name, address, password,
   * profile, roles or accommodations, and the address is free to register again.
   */
  async anonymise(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE users SET email = 'former-member-' || id || '@deleted.invalid', password_hash = '', display_name = $2,
              time_zone = 'UTC', track = NULL, experience_level = NULL, specialty = NULL, bio = NULL, roles = '{}',
              interviewer_personas = '{}', weekly_capacity = 0, extra_time = $3, audio_only = $4, reduced_motion = $5,
              timer_announcements = $6, deleted_at = now(), updated_at = now()
        WHERE id = $1`,
      [
        userId,
        FORMER_MEMBER,
        NO_ACCOMMODATIONS.extraTime,
        NO_ACCOMMODATIONS.audioOnly,
        NO_ACCOMMODATIONS.reducedMotion,
        NO_ACCOMMODATIONS.timerAnnouncements,
      ],
    );
  }

  async emailTaken(email: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    return (await manager.getRepository(UserEntity).countBy({ email: email.toLowerCase() })) > 0;
  }

  /** Locks a person's row for the caller's transaction: serialises work that counts their bookings. */
  async lock(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [userId]);
  }

  async displayNameOf(userId: string): Promise<string | undefined> {
    return (await this.db.getRepository(UserEntity).findOne({ where: { id: userId }, select: { id: true, displayName: true } }))
      ?.displayName;
  }

  /** How many sessions a week each person takes, by id. */
  async weeklyCapacities(manager: EntityManager, userIds: string[]): Promise<Map<string, number>> {
    const users = await manager
      .getRepository(UserEntity)
      .find({ where: { id: In(userIds) }, select: { id: true, weeklyCapacity: true } });
    return new Map(users.map((user) => [user.id, user.weeklyCapacity]));
  }

  /** Whether the deployment has any account yet (its first one becomes coordinator). */
  async anyExist(manager: EntityManager = this.db.manager): Promise<boolean> {
    const [{ exists }]: { exists: boolean }[] = await manager.query(`SELECT EXISTS (SELECT 1 FROM users) AS "exists"`);
    return exists;
  }

  create(manager: EntityManager, user: NewUser): Promise<UserEntity> {
    const repository = manager.getRepository(UserEntity);
    return repository.save(
      repository.create({
        track: null,
        experienceLevel: null,
        specialty: null,
        bio: null,
        interviewerPersonas: [],
        weeklyCapacity: 3,
        ...NO_ACCOMMODATIONS,
        ...user,
        email: user.email.toLowerCase(),
      }),
    );
  }

  /** Adds a role the person did not hold yet (e.g. accepting a mentor invitation). */
  async grantRole(manager: EntityManager, user: UserEntity, role: UserEntity['roles'][number]): Promise<void> {
    if (user.roles.includes(role)) return;
    await manager.query(
      `UPDATE users SET roles = array_append(roles, $2), updated_at = now() WHERE id = $1 AND NOT ($2 = ANY (roles))`,
      [user.id, role],
    );
    user.roles = [...user.roles, role];
  }

  /** Each person's accommodations by id; unknown ids are left out. */
  async accommodationsOf(userIds: string[]): Promise<Map<string, Accommodations>> {
    if (userIds.length === 0) return new Map();
    const users = await this.db.getRepository(UserEntity).find({
      where: { id: In(userIds) },
      select: { id: true, extraTime: true, audioOnly: true, reducedMotion: true, timerAnnouncements: true },
    });
    return new Map(users.map((user) => [user.id, accommodationsOf(user)]));
  }

  /** Each person's experience level (null when their profile does not say), for the room's guide. */
  async experienceLevelsOf(userIds: string[]): Promise<Map<string, ExperienceLevel | null>> {
    if (userIds.length === 0) return new Map();
    const users = await this.db.getRepository(UserEntity).find({
      where: { id: In(userIds) },
      select: { id: true, experienceLevel: true },
    });
    return new Map(users.map((user) => [user.id, user.experienceLevel]));
  }

  /** Replaces a person's accommodations (the caller has checked who may); false when there is no such person. */
  async setAccommodations(userId: string, accommodations: Accommodations): Promise<boolean> {
    const result = await this.db.getRepository(UserEntity).update({ id: userId }, accommodations);
    return (result.affected ?? 0) > 0;
  }

  /** A person edits only their own profile: the actor is the target. */
  async updateProfile(actor: UserEntity, patch: ValidatedBody<typeof routes.updateMe>): Promise<UserEntity> {
    const repository = this.db.getRepository(UserEntity);
    await repository.update({ id: actor.id }, patch);
    return repository.findOneByOrFail({ id: actor.id });
  }
}

export function toUserDto(user: UserEntity): User {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    timeZone: user.timeZone,
    track: user.track,
    experienceLevel: user.experienceLevel,
    specialty: user.specialty,
    bio: user.bio,
    roles: user.roles,
    interviewerPersonas: user.interviewerPersonas ?? [],
    accommodations: accommodationsOf(user),
    createdAt: user.createdAt.toISOString(),
  };
}

/** The four settings of a loaded person (a partial select may leave them out: then none apply). */
function accommodationsOf(user: Partial<Pick<UserEntity, keyof Accommodations>>): Accommodations {
  return {
    extraTime: user.extraTime ?? NO_ACCOMMODATIONS.extraTime,
    audioOnly: user.audioOnly ?? NO_ACCOMMODATIONS.audioOnly,
    reducedMotion: user.reducedMotion ?? NO_ACCOMMODATIONS.reducedMotion,
    timerAnnouncements: user.timerAnnouncements ?? NO_ACCOMMODATIONS.timerAnnouncements,
  };
}
