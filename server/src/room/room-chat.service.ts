import { Injectable } from '@nestjs/common';
import {
  type RoomChatHistory,
  type RoomChatHistoryRequest,
  type RoomChatMessage,
  type RoomChatSendRequest,
  type Session,
} from '@rounds/shared';
import { conflict, forbidden } from '../common/problem.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { participantChannel } from './room-channels.js';
import { RoomChatRepository, type StoredChatMessage } from './room-chat.repository.js';
import { RoomLoaderService } from './room-loader.service.js';

/**
 * The room's text chat: between the session's two participants only (never its observers), kept with the session,
 * the same whichever way the video travels (LiveKit or the direct call), and sent to each participant's sockets.
 */
@Injectable()
export class RoomChatService {
  constructor(
    private readonly loader: RoomLoaderService,
    private readonly messages: RoomChatRepository,
    private readonly realtime: RealtimeService,
  ) {}

  async send(user: UserEntity, request: RoomChatSendRequest): Promise<RoomChatMessage> {
    const { session, participants } = await this.requireParticipant(user, request.sessionId);
    if (session.status === 'completed') throw conflict('This session has ended: its chat is closed, and kept as it was.');
    const message = this.toMessage(session, await this.messages.insert(session.id, user.id, request.text));
    for (const userId of participants) this.realtime.emitToRoom(participantChannel(session.id, userId), 'chat:message', message);
    return message;
  }

  async history(user: UserEntity, request: RoomChatHistoryRequest): Promise<RoomChatHistory> {
    const { session } = await this.requireParticipant(user, request.sessionId);
    return { messages: (await this.messages.history(session.id)).map((message) => this.toMessage(session, message)) };
  }

  /** The person's own messages in every room, for their account export. */
  async writtenBy(userId: string): Promise<{ sessionId: string; text: string; sentAt: string }[]> {
    return (await this.messages.byAuthor(userId)).map((message) => ({
      sessionId: message.sessionId,
      text: message.text,
      sentAt: message.sentAt.toISOString(),
    }));
  }

  /** Admitted to the room (as anyone may be who can watch it) and one of its two participants. */
  private async requireParticipant(user: UserEntity, sessionId: string): Promise<{ session: Session; participants: string[] }> {
    const session = await this.loader.admit(user, sessionId);
    const { state } = await this.loader.openOnce(session);
    const participants = [state.interviewerId, state.candidateId];
    if (!participants.includes(user.id)) {
      throw forbidden('The room’s chat is between its two participants: observers do not read or write in it.');
    }
    return { session, participants };
  }

  private toMessage(session: Session, message: StoredChatMessage): RoomChatMessage {
    const author = session.participants.find((person) => person.userId === message.authorId);
    return {
      id: message.id,
      sessionId: message.sessionId,
      authorId: message.authorId,
      authorName: author?.displayName ?? 'A former participant',
      text: message.text,
      sentAt: message.sentAt.toISOString(),
    };
  }
}
