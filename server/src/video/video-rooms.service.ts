import { Injectable, Logger } from '@nestjs/common';
import { videoRoomName } from '@rounds/shared';
import { LiveKit } from './livekit.js';

/** What other features may ask of a session's video room. */
@Injectable()
export class VideoRoomsService {
  private readonly log = new Logger('VideoRooms');

  constructor(private readonly livekit: LiveKit) {}

  /**
   * Someone lost their seat (it went to someone on standby): with LiveKit, they leave the video room now and
   * their tokens stop working. The seat has changed hands already, so a LiveKit that cannot be reached is
   * logged, not thrown: the token route refuses them from here on anyway.
   */
  async removeFromRoom(sessionId: string, userId: string): Promise<void> {
    try {
      await this.livekit.removeParticipant(videoRoomName(sessionId), userId);
    } catch (error) {
      this.log.warn({ sessionId, userId, err: error }, 'could not remove a replaced participant from the LiveKit room');
    }
  }
}
