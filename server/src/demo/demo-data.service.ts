import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { minutesOfDay, type ExperienceLevel, type Persona, type Role, type Track, type WeeklyWindow } from '@rounds/shared';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher.js';
import { CohortEntity } from '../cohorts/cohort.entity.js';
import { AvailabilityWindowEntity } from '../scheduling/scheduling.entities.js';
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
  interviewerPersonas?: Persona[];
  weeklyCapacity?: number;
  /** Weekly availability in the person's own zone. */
  availability: WeeklyWindow[];
}

const weekdays = (start: string, end: string): WeeklyWindow[] =>
  ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start, end }));
const everyDay = (start: string, end: string): WeeklyWindow[] =>
  ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, start, end }));

/** One small cohort that shows every role: a newcomer can sign in as anyone at once. */
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    email: 'coordinator@demo.test',
    displayName: 'Dana Okafor',
    role: 'coordinator',
    timeZone: 'America/Chicago',
    track: null,
    experienceLevel: null,
    specialty: 'Residency-prep advising',
    bio: 'Runs the informatics fellowship prep group.',
    availability: weekdays('09:00', '17:00'),
  },
  {
    email: 'mentor1@demo.test',
    displayName: 'Dr. Priya Raman',
    role: 'mentor',
    timeZone: 'America/New_York',
    track: 'residency_fellowship',
    experienceLevel: 'senior',
    specialty: 'Clinical informatics (program director)',
    bio: 'Program director of a clinical informatics fellowship.',
    interviewerPersonas: ['program_director', 'faculty', 'professional'],
    weeklyCapacity: 4,
    availability: weekdays('12:00', '20:00'),
  },
  {
    email: 'mentor2@demo.test',
    displayName: 'Marcus Lee',
    role: 'mentor',
    timeZone: 'Europe/London',
    track: 'healthcare_job',
    experienceLevel: 'senior',
    specialty: 'Health IT (EHR applications lead)',
    bio: 'Leads an EHR applications team; hires analysts.',
    interviewerPersonas: ['hiring_manager', 'panel', 'informatics_partner', 'fellow'],
    weeklyCapacity: 4,
    availability: weekdays('12:00', '16:00'),
  },
  {
    email: 'candidate1@demo.test',
    displayName: 'Amara Nwosu',
    role: 'candidate',
    timeZone: 'Africa/Lagos',
    track: 'residency_fellowship',
    experienceLevel: 'entry',
    specialty: 'Internal medicine → clinical informatics',
    bio: 'IMG applying to informatics fellowships.',
    availability: everyDay('07:00', '24:00'),
  },
  {
    email: 'candidate2@demo.test',
    displayName: 'Rahul Mehta',
    role: 'candidate',
    timeZone: 'Asia/Kolkata',
    track: 'residency_fellowship',
    experienceLevel: 'entry',
    specialty: 'Family medicine',
    bio: 'Preparing for residency interviews.',
    availability: everyDay('06:00', '23:30'),
  },
  {
    email: 'candidate3@demo.test',
    displayName: 'Sofia García',
    role: 'candidate',
    timeZone: 'America/Los_Angeles',
    track: 'healthcare_job',
    experienceLevel: 'mid',
    specialty: 'Clinical analyst',
    bio: 'Nurse moving into a health IT analyst role.',
    availability: everyDay('05:00', '21:00'),
  },
  {
    email: 'candidate4@demo.test',
    displayName: 'Jordan Kim',
    role: 'candidate',
    timeZone: 'America/Denver',
    track: 'informational',
    experienceLevel: 'entry',
    specialty: 'Pre-health student',
    bio: 'Pre-med junior setting up informational interviews.',
    availability: everyDay('07:00', '22:00'),
  },
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
        const { role, availability, ...profile } = person;
        const user = await this.users.create(manager, { ...profile, passwordHash, roles: [role] });
        await manager.getRepository(AvailabilityWindowEntity).insert(
          availability.map((w) => ({
            userId: user.id,
            weekday: w.weekday,
            startMinute: minutesOfDay(w.start),
            endMinute: minutesOfDay(w.end),
          })),
        );
        created.push({ role, user });
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
