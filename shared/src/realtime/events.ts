import type { z } from 'zod';
import {
  practiceCancelledSchema,
  practiceConfirmNeededSchema,
  practiceConfirmRequestSchema,
  practiceConfirmResultSchema,
  practiceJoinRequestSchema,
  practiceJoinResultSchema,
  practiceLeaveRequestSchema,
  practiceLeaveResultSchema,
  practiceMatchedSchema,
  practicePositionSchema,
} from './practice.events.js';
import {
  roomActionRequestSchema,
  roomJoinRequestSchema,
  roomNoteRequestSchema,
  roomNoteResultSchema,
  roomViewSchema,
} from '../room/room.schema.js';
import {
  roomChatHistoryRequestSchema,
  roomChatHistorySchema,
  roomChatMessageSchema,
  roomChatSendRequestSchema,
  roomPresenceSchema,
} from '../room/room-together.schema.js';
import { standbyOfferSchema } from '../standby/standby.js';
import { callMediaRequestSchema, callMediaResultSchema, callSignalResultSchema, callSignalSchema } from '../video/call.schema.js';
import type { SocketAck } from './socket-errors.js';

/** socket.io is served on the app's own origin and port, at this path. */
export const SOCKET_PATH = '/socket.io';

/**
 * Every event a client may send: its payload schema (validated by the server) and the schema of the
 * result its acknowledgement carries (or `{ error }`). Clients call `emit(event, payload, ack)`.
 */
export const clientEvents = {
  'practice:join': { payload: practiceJoinRequestSchema, result: practiceJoinResultSchema },
  'practice:leave': { payload: practiceLeaveRequestSchema, result: practiceLeaveResultSchema },
  'practice:confirm': { payload: practiceConfirmRequestSchema, result: practiceConfirmResultSchema },
  'room:join': { payload: roomJoinRequestSchema, result: roomViewSchema },
  'room:action': { payload: roomActionRequestSchema, result: roomViewSchema },
  'room:note': { payload: roomNoteRequestSchema, result: roomNoteResultSchema },
  /** A chat message to the room's participants (both video paths); the ack is the stored message. */
  'chat:send': { payload: roomChatSendRequestSchema, result: roomChatMessageSchema },
  /** The room's chat so far, for its two participants only. */
  'chat:history': { payload: roomChatHistoryRequestSchema, result: roomChatHistorySchema },
  /** A direct call's signalling (no LiveKit), relayed to the session's other participant only. */
  'call:signal': { payload: callSignalSchema, result: callSignalResultSchema },
  /** This participant's call carries the partner's media now, or has lost it: kept on the session's attendance. */
  'call:media': { payload: callMediaRequestSchema, result: callMediaResultSchema },
} as const;

/** Every event the server sends, with its payload schema. */
export const serverEvents = {
  'practice:position': practicePositionSchema,
  'practice:matched': practiceMatchedSchema,
  'practice:cancelled': practiceCancelledSchema,
  /** The person's waiting ticket is held until they confirm (repeated no-shows); sent on joining and on connecting. */
  'practice:confirm_needed': practiceConfirmNeededSchema,
  /** A seat in a started peer session, offered to someone on standby; the first to accept it takes it. */
  'standby:offer': standbyOfferSchema,
  /** Every new view of a room the socket joined (per role: the candidate's never carries the guide or notes). */
  'room:state': roomViewSchema,
  /** A participant arrived in the room, lost their connection, or left it (sent to everyone in the room). */
  'room:presence': roomPresenceSchema,
  /** A new chat message in a room the socket joined as a participant. */
  'chat:message': roomChatMessageSchema,
  /** The partner's direct-call signalling, exactly as they sent it. */
  'call:signal': callSignalSchema,
} as const;

export type ClientEventName = keyof typeof clientEvents;
export type ServerEventName = keyof typeof serverEvents;
export type ClientEventPayload<E extends ClientEventName> = z.infer<(typeof clientEvents)[E]['payload']>;
export type ClientEventResult<E extends ClientEventName> = z.infer<(typeof clientEvents)[E]['result']>;
export type ServerEventPayload<E extends ServerEventName> = z.infer<(typeof serverEvents)[E]>;

/** socket.io's typed event maps, for `Server<ClientToServerEvents, ServerToClientEvents>` and the client `Socket`. */
export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientEventPayload<E>, ack: (response: SocketAck<ClientEventResult<E>>) => void) => void;
};
export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: ServerEventPayload<E>) => void;
};
