import { Injectable } from '@nestjs/common';
import { assessReliability, type Reliability } from '@rounds/shared';
import type { EntityManager } from 'typeorm';
import { ReliabilityRepository } from './reliability.repository.js';

/**
 * How reliably people turn up (no-shows without notice), for coordinators' member lists, the practice
 * queue's order and who is offered a standby seat first. The rule is `assessReliability` in shared.
 * Who may see someone's reliability is the caller's rule (cohorts: its coordinators only).
 */
@Injectable()
export class ReliabilityService {
  constructor(private readonly records: ReliabilityRepository) {}

  /** Each person's reliability now, by user id. */
  async of(userIds: string[], manager?: EntityManager): Promise<Map<string, Reliability>> {
    const now = Date.now();
    const records = await this.records.recordsOf([...new Set(userIds)], manager);
    return new Map([...records].map(([userId, record]) => [userId, assessReliability(record, now)]));
  }

  async ofPerson(userId: string, manager?: EntityManager): Promise<Reliability> {
    return (await this.of([userId], manager)).get(userId) ?? assessReliability([], Date.now());
  }
}
