import { z } from 'zod';

/**
 * Accommodations a person practises with, honoured wherever they are timed or seen: extra time stretches
 * answer targets and pacing, audio-only keeps their camera off (and tells the partner), reduced motion stops
 * animation, and timer announcements speak the pacing thresholds to screen readers. Only the settings are
 * stored, never a reason, and a partner sees only what changes their side of the call (extra time, audio only).
 */
export const EXTRA_TIME_MULTIPLIERS = [1, 1.25, 1.5, 2] as const;
export type ExtraTime = (typeof EXTRA_TIME_MULTIPLIERS)[number];

export const extraTimeSchema = z
  .number({ error: `must be one of: ${EXTRA_TIME_MULTIPLIERS.join(', ')}` })
  .refine((value): value is ExtraTime => (EXTRA_TIME_MULTIPLIERS as readonly number[]).includes(value), {
    error: `must be one of: ${EXTRA_TIME_MULTIPLIERS.join(', ')}`,
  })
  .transform((value) => value as ExtraTime)
  .describe('a multiplier on answer timers and pacing: 1 (none), 1.25, 1.5 or 2');

const flag = (description: string) => z.boolean({ error: 'must be true or false' }).describe(description);

export const accommodationsSchema = z.strictObject({
  extraTime: extraTimeSchema,
  audioOnly: flag('the room starts without their camera, and the partner is told they join by audio'),
  reducedMotion: flag('no animation, whatever the browser says'),
  timerAnnouncements: flag('screen readers hear the answer timer at each pacing threshold'),
});
export type Accommodations = z.output<typeof accommodationsSchema>;

export const NO_ACCOMMODATIONS: Accommodations = {
  extraTime: 1,
  audioOnly: false,
  reducedMotion: false,
  timerAnnouncements: false,
};

/** `PUT /api/users/:userId/accommodations`: the whole set, as the person (or their coordinator) chose it. */
export const updateAccommodationsRequestSchema = accommodationsSchema.describe(
  'the whole set, as the person (or a coordinator of their cohort) chose it; no reason is asked or kept',
);

/** What a partner in the room is told: that an accommodation applies, not why. */
export const partnerAccommodationsSchema = z.object({
  extraTime: z.number(),
  audioOnly: z.boolean(),
});
export type PartnerAccommodations = z.infer<typeof partnerAccommodationsSchema>;

export function partnerAccommodationsOf(accommodations: Accommodations): PartnerAccommodations {
  return { extraTime: accommodations.extraTime, audioOnly: accommodations.audioOnly };
}

/** "extra time ×1.5", "audio only": the badges a partner sees; none when nothing applies. */
export function accommodationBadges(accommodations: PartnerAccommodations): string[] {
  const badges: string[] = [];
  if (accommodations.extraTime > 1) badges.push(`extra time ×${accommodations.extraTime}`);
  if (accommodations.audioOnly) badges.push('audio only');
  return badges;
}

/** A length of time with the person's extra time, in whole seconds. */
export function withExtraTime(seconds: number, extraTime: number): number {
  return Math.round(seconds * extraTime);
}
