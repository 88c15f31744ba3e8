import { z } from 'zod';

/** What the call room connects with: the shape LiveKit Meet's connection-details endpoint answers. */
export const videoConnectionSchema = z.object({
  serverUrl: z.string().describe('the LiveKit server to connect to (LIVEKIT_URL)'),
  roomName: z.string().describe("the session's one room"),
  participantName: z.string().describe('your display name, as others see it'),
  participantToken: z
    .string()
    .describe('a LiveKit access token for this room only, valid until the scheduled end plus 5 minutes'),
});
export type VideoConnection = z.infer<typeof videoConnectionSchema>;

/**
 * A LiveKit webhook event, as far as Rounds reads it (LiveKit sends more fields; all are kept out of the way).
 * Documentation only: the server checks the signature over the raw body before it reads a byte of it.
 */
export const livekitWebhookEventSchema = z.looseObject({
  id: z.string().describe("the event's unique id: a redelivery carries the same one"),
  event: z.string().describe('room_started, room_finished, participant_joined, participant_left, …'),
  createdAt: z.union([z.string(), z.number()]).describe('Unix seconds'),
  room: z.looseObject({ name: z.string() }).optional(),
  participant: z.looseObject({ identity: z.string() }).optional(),
});
