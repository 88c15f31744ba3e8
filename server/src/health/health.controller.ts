import { Controller, Inject, Res } from '@nestjs/common';
import { routes, type Health, type Liveness, type PublicConfig, type Readiness } from '@rounds/shared';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Route, WithoutSession } from '../common/route.decorators.js';
import { HealthService } from './health.service.js';

@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Route(routes.health)
  async check(@Res({ passthrough: true }) response: Response): Promise<Health> {
    const health = await this.health.check();
    if (health.database === 'down') response.status(503);
    return health;
  }

  @Route(routes.liveness)
  @WithoutSession()
  live(): Liveness {
    return this.health.liveness();
  }

  @Route(routes.readiness)
  @WithoutSession()
  ready(): Promise<Readiness> {
    return this.health.readiness();
  }

  @Route(routes.publicConfig)
  publicConfig(): PublicConfig {
    return { openRegistration: this.config.openRegistration, video: this.config.livekit ? 'livekit' : 'direct' };
  }
}
