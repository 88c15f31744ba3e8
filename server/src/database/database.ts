import type { DataSourceOptions } from 'typeorm';
import { AuthSessionEntity } from '../auth/auth-session.entity.js';
import { CohortEntity, CohortMemberEntity, InvitationEntity } from '../cohorts/cohort.entity.js';
import { PracticeTicketEntity } from '../matching/practice-ticket.entity.js';
import { OutboxMessageEntity } from '../notifications/outbox-message.entity.js';
import { UserEntity } from '../users/user.entity.js';
import {
  QuestionEntity,
  QuestionProposalEntity,
  QuestionVersionEntity,
  ScriptEntity,
  ScriptSnapshotEntity,
  ScriptVersionEntity,
} from '../questions/question.entity.js';
import {
  AvailabilityExceptionEntity,
  AvailabilityWindowEntity,
  SessionEntity,
  SessionParticipantEntity,
} from '../scheduling/scheduling.entities.js';
import { Accounts1763900000000 } from './migrations/1763900000000-Accounts.js';
import { QuestionBank1763910000000 } from './migrations/1763910000000-QuestionBank.js';
import { Scheduling1763920000000 } from './migrations/1763920000000-Scheduling.js';
import { Notifications1763930000000 } from './migrations/1763930000000-Notifications.js';
import { PracticeQueue1763940000000 } from './migrations/1763940000000-PracticeQueue.js';
import { Throttles1763950000000 } from './migrations/1763950000000-Throttles.js';
import { PendingRegistrations1763960000000 } from './migrations/1763960000000-PendingRegistrations.js';

export const ENTITIES = [
  UserEntity,
  AuthSessionEntity,
  CohortEntity,
  CohortMemberEntity,
  InvitationEntity,
  OutboxMessageEntity,
  QuestionEntity,
  QuestionVersionEntity,
  ScriptEntity,
  ScriptVersionEntity,
  ScriptSnapshotEntity,
  QuestionProposalEntity,
  AvailabilityWindowEntity,
  AvailabilityExceptionEntity,
  SessionEntity,
  SessionParticipantEntity,
  PracticeTicketEntity,
];
export const MIGRATIONS = [Accounts1763900000000, QuestionBank1763910000000, Scheduling1763920000000, Notifications1763930000000, PracticeQueue1763940000000, Throttles1763950000000, PendingRegistrations1763960000000];

/** Schema changes only ever come from MIGRATIONS, which run at start-up. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}

/** True for PostgreSQL's exclusion_violation on the named constraint. */
export function isExclusionViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? (error as { code?: string; constraint?: string });
  return driverError?.code === '23P01' && driverError.constraint === constraint;
}

/** True for PostgreSQL's unique_violation, optionally on one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? (error as { code?: string; constraint?: string });
  return driverError?.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}
