import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from '../schemas/common.schema.js';

/**
 * A direct call (no LiveKit): the two participants' browsers connect with WebRTC, and the server only relays
 * their signalling (`call:signal`) between them over the room's socket. These are its limits and messages.
 */
export const CALL_RULES = {
  /** A session description (SDP) larger than this is refused: a two-track call's is a few kilobytes. */
  maxSdpBytes: 64 * 1024,
  /** An ICE candidate line is well under 200 characters; this bounds what a client may send. */
  maxCandidateLength: 1024,
} as const;

/** `candidate:<foundation> <component> <udp|tcp> <priority> <address> <port> typ <host|srflx|prflx|relay> …` */
const CANDIDATE_LINE =
  /^candidate:[A-Za-z0-9+/]{1,32} \d{1,5} (udp|tcp) \d{1,10} [A-Za-z0-9.:_-]{1,255} \d{1,5} typ (host|srflx|prflx|relay)( [\x21-\x7e ]*)?$/i;

/** Which page of a person's the signal is from (or for): a reloaded page is a new peer, so the partner starts afresh. */
const peerIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'must be 8 to 64 letters, digits, - or _' })
  .describe("one page's call id, chosen by that page");

const byteLength = (text: string) => new TextEncoder().encode(text).length;

export const callDescriptionSchema = z
  .strictObject({
    type: z.enum(['offer', 'answer', 'pranswer', 'rollback']),
    sdp: z
      .string()
      .max(CALL_RULES.maxSdpBytes, { error: 'is larger than 64 KB: a call’s session description is a few kilobytes' })
      .refine((sdp) => byteLength(sdp) <= CALL_RULES.maxSdpBytes, {
        error: 'is larger than 64 KB: a call’s session description is a few kilobytes',
      }),
  })
  .refine((description) => description.type === 'rollback' || description.sdp.startsWith('v=0'), {
    error: 'must be a session description (SDP, starting with v=0)',
    path: ['sdp'],
  })
  .describe("an RTCSessionDescription's JSON");

export const callCandidateSchema = z
  .strictObject({
    candidate: z
      .string()
      .max(CALL_RULES.maxCandidateLength, { error: `has at most ${CALL_RULES.maxCandidateLength} characters` })
      .refine((line) => line === '' || CANDIDATE_LINE.test(line), {
        error: 'must be an ICE candidate line (candidate:… typ host, srflx, prflx or relay), or empty for the end of candidates',
      }),
    sdpMid: z.string().max(64, { error: 'has at most 64 characters' }).nullable().optional(),
    sdpMLineIndex: z.number().int().min(0).max(255).nullable().optional(),
    usernameFragment: z.string().max(256, { error: 'has at most 256 characters' }).nullable().optional(),
  })
  .refine((candidate) => (candidate.sdpMid ?? null) !== null || (candidate.sdpMLineIndex ?? null) !== null, {
    error: 'names its media section: sdpMid or sdpMLineIndex is required',
    path: ['sdpMid'],
  })
  .describe("an RTCIceCandidate's JSON");

/**
 * `call:signal`, both ways: client → server, relayed as is to the session's other participant only. A signal
 * with neither a description nor a candidate says "this page is in the call" (sent on arrival, and in reply to
 * a newcomer), so both sides know which page they are talking to.
 */
export const callSignalSchema = z
  .strictObject({
    sessionId: uuidSchema,
    peer: peerIdSchema,
    to: peerIdSchema.optional().describe('the page it is meant for; absent on an arrival'),
    description: callDescriptionSchema.optional(),
    candidate: callCandidateSchema.optional(),
  })
  .refine((signal) => !(signal.description && signal.candidate), {
    error: 'carries a description or a candidate, not both',
    path: ['candidate'],
  });
export type CallSignal = z.infer<typeof callSignalSchema>;

export const callSignalResultSchema = z.object({ relayed: z.literal(true) });
export type CallSignalResult = z.infer<typeof callSignalResultSchema>;

export const CALL_MEDIA_STATES = ['connected', 'lost'] as const;
export type CallMediaState = (typeof CALL_MEDIA_STATES)[number];

/** `call:media`: whether this participant's call is carrying the partner's media now (direct or LiveKit). */
export const callMediaRequestSchema = z.strictObject({
  sessionId: uuidSchema,
  state: z.enum(CALL_MEDIA_STATES),
});
export type CallMediaRequest = z.infer<typeof callMediaRequestSchema>;

export const callMediaResultSchema = z.object({ recordedAt: isoDateTimeSchema });
export type CallMediaResult = z.infer<typeof callMediaResultSchema>;

/** What RTCPeerConnection's `iceServers` takes. */
export const iceServerSchema = z.object({
  urls: z.array(z.string()),
  username: z.string().optional(),
  credential: z.string().optional(),
});

export const callIceServersSchema = z.object({
  iceServers: z.array(iceServerSchema).describe('STUN from ICE_SERVERS; TURN from TURN_URLS with credentials of its own'),
  expiresAt: isoDateTimeSchema.nullable().describe('when the TURN credentials stop working; null without TURN'),
});
export type CallIceServers = z.infer<typeof callIceServersSchema>;

/** How this server carries a session's media: a LiveKit server, or the participants' browsers directly. */
export const VIDEO_MODES = ['livekit', 'direct'] as const;
export type VideoMode = (typeof VIDEO_MODES)[number];
