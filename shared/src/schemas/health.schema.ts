import { z } from 'zod';

export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['up', 'down']),
  version: z.string(),
  uptimeSeconds: z.number(),
});
export type Health = z.infer<typeof healthSchema>;

/** The process is running; says nothing about the database (a failing liveness check means: restart it). */
export const livenessSchema = z.object({
  status: z.literal('alive'),
  uptimeSeconds: z.number(),
});
export type Liveness = z.infer<typeof livenessSchema>;

/** This instance can serve traffic: the database answers and carries every migration this version knows. */
export const readinessSchema = z.object({
  status: z.literal('ready'),
  database: z.literal('up'),
  migrationsApplied: z.number().int().describe('how many migrations this version knows; every one is applied'),
});
export type Readiness = z.infer<typeof readinessSchema>;
