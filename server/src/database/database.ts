import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { Accounts1763900000000 } from './migrations/1763900000000-Accounts.js';
import { QuestionBank1763910000000 } from './migrations/1763910000000-QuestionBank.js';
import { Scheduling1763920000000 } from './migrations/1763920000000-Scheduling.js';
import { Notifications1763930000000 } from './migrations/1763930000000-Notifications.js';
import { PracticeQueue1763940000000 } from './migrations/1763940000000-PracticeQueue.js';
import { Throttles1763950000000 } from './migrations/1763950000000-Throttles.js';
import { PendingRegistrations1763960000000 } from './migrations/1763960000000-PendingRegistrations.js';
import { LiveRoom1763975000000 } from './migrations/1763975000000-LiveRoom.js';
import { Feedback1763990000000 } from './migrations/1763990000000-Feedback.js';
import { ReliabilityAndStandby1763973000000 } from './migrations/1763973000000-ReliabilityAndStandby.js';
import { VideoAttendance1763971000000 } from './migrations/1763971000000-VideoAttendance.js';
import { Accommodations1764000000000 } from './migrations/1764000000000-Accommodations.js';
import { InterviewDays1764020000000 } from './migrations/1764020000000-InterviewDays.js';
import { NoShowRecords1764030000000 } from './migrations/1764030000000-NoShowRecords.js';
import { CallMedia1764031000000 } from './migrations/1764031000000-CallMedia.js';
import { InstantSessions1764035000000 } from './migrations/1764035000000-InstantSessions.js';
import { AccountRecovery1764040000000 } from './migrations/1764040000000-AccountRecovery.js';
import { RoomChat1764050000000 } from './migrations/1764050000000-RoomChat.js';
import { RunInterviewDays1764060000000 } from './migrations/1764060000000-RunInterviewDays.js';
import { ProposalDecisionReason1764070000000 } from './migrations/1764070000000-ProposalDecisionReason.js';

const MIGRATIONS = [
  Accounts1763900000000,
  QuestionBank1763910000000,
  Scheduling1763920000000,
  Notifications1763930000000,
  PracticeQueue1763940000000,
  Throttles1763950000000,
  PendingRegistrations1763960000000,
  VideoAttendance1763971000000,
  ReliabilityAndStandby1763973000000,
  LiveRoom1763975000000,
  Feedback1763990000000,
  Accommodations1764000000000,
  InterviewDays1764020000000,
  NoShowRecords1764030000000,
  CallMedia1764031000000,
  InstantSessions1764035000000,
  AccountRecovery1764040000000,
  RoomChat1764050000000,
  RunInterviewDays1764060000000,
  ProposalDecisionReason1764070000000,
];

/** Schema changes only ever come from MIGRATIONS, which run at start-up. */
export function dataSourceOptions(databaseUrl: string): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    // Each feature module registers its own entities (TypeOrmModule.forFeature), so this file knows none of them.
    autoLoadEntities: true,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
