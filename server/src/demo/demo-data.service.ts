import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExperienceLevel, Role, Track } from '@rounds/shared';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher.js';
import { CohortEntity } from '../cohorts/cohort.entity.js';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { UsersService } from '../users/users.service.js';

interface DemoPerson {
  email: string;
  displayName: string;
  role: Role;
  timeZone: string;
  track: Track | null;
  experienceLevel: ExperienceLevel | null;
  specialty: string | null;
  bio: string;
}

/** One small cohort that shows every role: a newcomer can sign in as anyone at once. */
export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'coordinator@demo.test', displayName: 'Dana Okafor', role: 'coordinator', timeZone: 'America/Chicago', track: null, experienceLevel: null, specialty: 'Residency-prep advising', bio: 'Runs the informatics fellowship prep group.' },
  { email: 'mentor1@demo.test', displayName: 'Dr. Priya Raman', role: 'mentor', timeZone: 'America/New_York', track: 'residency_fellowship', experienceLevel: 'senior', specialty: 'Clinical informatics (program director)', bio: 'Program director of a clinical informatics fellowship.' },
  { email: 'mentor2@demo.test', displayName: 'Marcus Lee', role: 'mentor', timeZone: 'Europe/London', track: 'healthcare_job', experienceLevel: 'senior', specialty: 'Health IT (EHR applications lead)', bio: 'Leads an EHR applications team; hires analysts.' },
  { email: 'candidate1@demo.test', displayName: 'Amara Nwosu', role: 'candidate', timeZone: 'Africa/Lagos', track: 'residency_fellowship', experienceLevel: 'entry', specialty: 'Internal medicine → clinical informatics', bio: 'IMG applying to informatics fellowships.' },
  { email: 'candidate2@demo.test', displayName: 'Rahul Mehta', role: 'candidate', timeZone: 'Asia/Kolkata', track: 'residency_fellowship', experienceLevel: 'entry', specialty: 'Family medicine', bio: 'Preparing for residency interviews.' },
  { email: 'candidate3@demo.test', displayName: 'Sofia García', role: 'candidate', timeZone: 'America/Los_Angeles', track: 'healthcare_job', experienceLevel: 'mid', specialty: 'Clinical analyst', bio: 'Nurse moving into a health IT analyst role.' },
  { email: 'candidate4@demo.test', displayName: 'Jordan Kim', role: 'candidate', timeZone: 'America/Denver', track: 'informational', experienceLevel: 'entry', specialty: 'Pre-health student', bio: 'Pre-med junior setting up informational interviews.' },
];

export const DEMO_COHORT_NAME = 'Demo cohort: clinical informatics prep';

@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly cohorts: CohortsService,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    await this.seedIfEmpty();
  }

  /** Seeds only an empty database, so it never touches real accounts. */
  async seedIfEmpty(): Promise<boolean> {
    const passwordHash = await this.hasher.hash(this.config.demoPassword);
    const seeded = await this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('rounds:demo-data'))`);
      const [{ count }]: { count: number }[] = await manager.query(`SELECT count(*)::int AS count FROM users`);
      if (count > 0) return false;
      const created = [];
      for (const person of DEMO_PEOPLE) {
        const { role, ...profile } = person;
        created.push({ role, user: await this.users.create(manager, { ...profile, passwordHash, roles: [role] }) });
      }
      const coordinator = created[0].user;
      const cohort = await manager.getRepository(CohortEntity).save(
        manager.getRepository(CohortEntity).create({
          name: DEMO_COHORT_NAME,
          description: 'Residency, fellowship and health-IT candidates practising with two mentors.',
          createdBy: coordinator.id,
        }),
      );
      for (const { role, user } of created) await this.cohorts.addMember(manager, cohort.id, user.id, role);
      return true;
    });
    if (seeded) this.logger.log(`seeded the demo cohort with ${DEMO_PEOPLE.length} accounts`);
    return seeded;
  }
}
