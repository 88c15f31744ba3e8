import { Module } from '@nestjs/common';
import { ReliabilityRepository } from './reliability.repository.js';
import { ReliabilityService } from './reliability.service.js';

/** Reliability: a read-only view over attendance (see ReliabilityRepository). */
@Module({
  providers: [ReliabilityRepository, ReliabilityService],
  exports: [ReliabilityService],
})
export class ReliabilityModule {}
