import { z } from 'zod';
import { isoDateTimeSchema, optionalText, uuidSchema } from '../schemas/common.schema.js';

/**
 * Where a participant of a room is, as the other people in it see it: in the room; their connection dropped and
 * their browser is reconnecting; gone (they left, or did not come back in time); or not in the room yet.
 */
export const ROOM_PRESENCES = ['in_room', 'reconnecting', 'left', 'not_here'] as const;
export type RoomPresence = (typeof ROOM_PRESENCES)[number];

/** server → client `room:presence`: one participant's presence changed (and, on joining, where each one is now). */
export const roomPresenceSchema = z.object({
  sessionId: uuidSchema,
  userId: uuidSchema,
  presence: z.enum(ROOM_PRESENCES),
  at: isoDateTimeSchema,
});
export type RoomPresenceUpdate = z.infer<typeof roomPresenceSchema>;

/** A chat message is a few lines at most: a link, a phone number, "can you hear me?". */
export const ROOM_CHAT_MAX_CHARACTERS = 1000;

/** client → server `chat:send`: a message to the room's other participant, kept with the session. */
export const roomChatSendRequestSchema = z.strictObject({
  sessionId: uuidSchema,
  text: optionalText(ROOM_CHAT_MAX_CHARACTERS).refine((text) => text.length > 0, { error: 'is empty: write a message first' }),
});
export type RoomChatSendRequest = z.infer<typeof roomChatSendRequestSchema>;

/** client → server `chat:history`: the session's messages so far (asked on every join and reconnect). */
export const roomChatHistoryRequestSchema = z.strictObject({ sessionId: uuidSchema });
export type RoomChatHistoryRequest = z.infer<typeof roomChatHistoryRequestSchema>;

export const roomChatMessageSchema = z.object({
  id: uuidSchema,
  sessionId: uuidSchema,
  authorId: uuidSchema,
  authorName: z.string(),
  text: z.string(),
  sentAt: isoDateTimeSchema,
});
export type RoomChatMessage = z.infer<typeof roomChatMessageSchema>;

export const roomChatHistorySchema = z.object({ messages: z.array(roomChatMessageSchema).describe('oldest first') });
export type RoomChatHistory = z.infer<typeof roomChatHistorySchema>;
