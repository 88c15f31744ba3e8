import { Inject, Injectable } from '@nestjs/common';
import { AccessToken, RoomServiceClient, TwirpError, WebhookReceiver } from 'livekit-server-sdk';
import { APP_CONFIG, type AppConfig, type LiveKitConfig } from '../config/config.js';

/** What a token lets its holder do in one room. */
export interface RoomPass {
  room: string;
  /** The user id: LiveKit's identity, which its webhooks name. */
  identity: string;
  name: string;
  /** Participants publish camera, microphone and data; observers only watch, hidden from the others. */
  observer: boolean;
  expiresAt: number;
}

/** A verified webhook event, as far as Rounds reads it. */
export interface RoomEvent {
  id: string;
  kind: string;
  roomName: string | null;
  identity: string | null;
  /** When LiveKit says it happened (epoch ms); the receipt time when it does not say. */
  at: number;
}

export class WebhookSignatureError extends Error {
  override name = 'WebhookSignatureError';
}

/**
 * The one door to livekit-server-sdk: minting access tokens, checking webhooks, and removing someone from a room.
 * Rounds never touches media; browsers connect to LiveKit with the tokens minted here.
 */
@Injectable()
export class LiveKit {
  private readonly settings: LiveKitConfig | undefined;
  private readonly receiver: WebhookReceiver | undefined;
  private readonly rooms: RoomServiceClient | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.settings = config.livekit;
    this.receiver = config.livekit && new WebhookReceiver(config.livekit.apiKey, config.livekit.apiSecret);
    this.rooms = config.livekit && new RoomServiceClient(config.livekit.url, config.livekit.apiKey, config.livekit.apiSecret);
  }

  /**
   * Takes someone out of a room and revokes every token they were given until now, so the one they still hold
   * cannot bring them back. Someone not in the room (LiveKit answers not_found) is no error.
   */
  async removeParticipant(room: string, identity: string, now = Date.now()): Promise<void> {
    if (!this.rooms) return;
    try {
      await this.rooms.removeParticipant(room, identity, { revokeTokenTs: BigInt(Math.ceil(now / 1000)) });
    } catch (error) {
      if (error instanceof TwirpError && error.code === 'not_found') return;
      throw error;
    }
  }

  /** Where browsers connect; undefined when this server has no LiveKit. */
  get serverUrl(): string | undefined {
    return this.settings?.url;
  }

  async mintToken(pass: RoomPass, now = Date.now()): Promise<string> {
    if (!this.settings) throw new Error('LiveKit is not configured');
    const token = new AccessToken(this.settings.apiKey, this.settings.apiSecret, {
      identity: pass.identity,
      name: pass.name,
      ttl: Math.max(1, Math.floor((pass.expiresAt - now) / 1000)),
    });
    token.addGrant(
      pass.observer
        ? { room: pass.room, roomJoin: true, canSubscribe: true, canPublish: false, canPublishData: false, hidden: true }
        : { room: pass.room, roomJoin: true, canSubscribe: true, canPublish: true, canPublishData: true },
    );
    return token.toJwt();
  }

  /**
   * Checks a webhook the way LiveKit signs it (the Authorization header is a JWT from our API key whose sha256
   * claim is the body's hash) and reads it. Throws WebhookSignatureError when it is unsigned, signed with
   * another key, expired or tampered with; a SyntaxError when a correctly signed body is not an event.
   */
  async receiveWebhook(body: string, authorization: string | undefined): Promise<RoomEvent> {
    if (!this.receiver) throw new WebhookSignatureError('this server has no LiveKit keys to check webhooks with');
    const jwt = authorization?.replace(/^Bearer\s+/i, '');
    if (!jwt) throw new WebhookSignatureError('the Authorization header is missing');
    let event: Awaited<ReturnType<WebhookReceiver['receive']>>;
    try {
      event = await this.receiver.receive(body, jwt);
    } catch (error) {
      // Only a holder of the key can sign a body that then fails to parse: that is bad input, not a forgery.
      if (error instanceof SyntaxError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      if (reason.startsWith('cannot decode')) throw new SyntaxError(reason);
      throw new WebhookSignatureError(reason);
    }
    const seconds = Number(event.createdAt);
    return {
      id: event.id,
      kind: event.event,
      roomName: event.room?.name || null,
      identity: event.participant?.identity || null,
      at: seconds > 0 ? seconds * 1000 : Date.now(),
    };
  }
}
