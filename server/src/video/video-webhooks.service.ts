import { Injectable, Logger } from '@nestjs/common';
import { sessionIdFromVideoRoom, uuidSchema } from '@rounds/shared';
import { badRequest, unauthorized } from '../common/problem.js';
import { AttendanceService } from './attendance.service.js';
import { LiveKit, WebhookSignatureError, type RoomEvent } from './livekit.js';

/**
 * LiveKit's webhooks, turned into attendance. Nothing is read before the signature checks out; events for rooms
 * Rounds did not name, and kinds it does not use, are acknowledged and ignored.
 */
@Injectable()
export class VideoWebhooksService {
  private readonly logger = new Logger('LiveKitWebhook');

  constructor(
    private readonly livekit: LiveKit,
    private readonly attendance: AttendanceService,
  ) {}

  async receive(rawBody: unknown, authorization: string | undefined): Promise<void> {
    const event = await this.verified(Buffer.isBuffer(rawBody) ? rawBody.toString('utf8') : '', authorization);
    if (!event.id) throw badRequest('The webhook is signed but carries no event id, so it cannot be applied exactly once.');
    const sessionId = event.roomName === null ? null : sessionIdFromVideoRoom(event.roomName);
    if (!sessionId) {
      this.logger.debug(`ignoring ${event.kind} for room ${event.roomName ?? '(none)'}: not a Rounds session room`);
      return;
    }
    const at = new Date(event.at);
    const userId = uuidSchema.safeParse(event.identity).success ? event.identity! : null;
    switch (event.kind) {
      case 'participant_joined':
        if (userId) await this.attendance.participantJoined(sessionId, userId, at, event.id);
        return;
      case 'participant_left':
        if (userId) await this.attendance.participantLeft(sessionId, userId, at, event.id);
        return;
      case 'room_finished':
        await this.attendance.roomEnded(sessionId, at, event.id);
        return;
      default:
        return;
    }
  }

  private async verified(body: string, authorization: string | undefined): Promise<RoomEvent> {
    try {
      return await this.livekit.receiveWebhook(body, authorization);
    } catch (error) {
      if (error instanceof WebhookSignatureError) {
        this.logger.warn(`refused a LiveKit webhook: ${error.message}`);
        throw unauthorized(
          'This webhook is not signed by this server’s LiveKit key (LIVEKIT_API_KEY), or its body was changed after signing; nothing was applied.',
        );
      }
      if (error instanceof SyntaxError) {
        throw badRequest(`The webhook is signed but its body is not a LiveKit event: ${error.message.slice(0, 200)}.`);
      }
      throw error;
    }
  }
}
