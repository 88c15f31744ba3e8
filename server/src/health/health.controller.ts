import { Controller, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { routes, type Health, type PublicConfig } from '@rounds/shared';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Route } from '../common/route.decorators.js';

const VERSION = process.env.npm_package_version ?? '0.1.0';

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Route(routes.health)
  async health(@Res({ passthrough: true }) response: Response): Promise<Health> {
    const databaseUp = await this.pingDatabase();
    if (!databaseUp) response.status(503);
    return {
      status: databaseUp ? 'ok' : 'unavailable',
      database: databaseUp ? 'up' : 'down',
      version: VERSION,
      uptimeSeconds: Math.round(process.uptime()),
    };
  }

  @Route(routes.publicConfig)
  publicConfig(): PublicConfig {
    return { openRegistration: this.config.openRegistration };
  }

  private async pingDatabase(): Promise<boolean> {
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database ping timed out')), 2000).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
