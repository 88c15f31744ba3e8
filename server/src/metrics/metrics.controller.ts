import { Controller, Get, Header, Headers, Res } from '@nestjs/common';
import type { Response } from 'express';
import { WithoutSession } from '../common/route.decorators.js';
import { MetricsService } from './metrics.service.js';

/**
 * GET /metrics: Prometheus's conventional scrape path, outside /api and the shared route table (it is for
 * operators' monitoring, not part of the API, and answers plain text rather than a JSON contract).
 */
@Controller()
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get('metrics')
  @WithoutSession()
  @Header('Cache-Control', 'no-store')
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    this.metrics.authorize(authorization);
    const { contentType, body } = await this.metrics.exposition();
    response.setHeader('Content-Type', contentType);
    return body;
  }
}
