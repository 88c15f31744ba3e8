import {
  Ack,
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
} from '@nestjs/websockets';
import { RealtimeService } from '../realtime/realtime.service.js';
import { SOCKET_GATEWAY_OPTIONS, type AppSocket } from '../realtime/socket.types.js';
import { RoomCallService } from './room-call.service.js';
import { RoomChatService } from './room-chat.service.js';
import { RoomPresenceService } from './room-presence.service.js';
import { RoomService } from './room.service.js';

/** Translates the live room's socket events to RoomService calls; see shared/src/realtime/events.ts. */
@WebSocketGateway(SOCKET_GATEWAY_OPTIONS)
export class RoomGateway implements OnGatewayConnection<AppSocket> {
  constructor(
    private readonly room: RoomService,
    private readonly presence: RoomPresenceService,
    private readonly realtime: RealtimeService,
    private readonly calls: RoomCallService,
    private readonly chat: RoomChatService,
  ) {}

  /** The rooms a socket was in are known only while it disconnects; whether its person left is asked after. */
  handleConnection(socket: AppSocket): void {
    socket.on('disconnecting', (reason) => {
      const channels = [...socket.rooms];
      socket.once('disconnect', () => this.presence.socketLeft(socket.data.userId, channels, reason));
    });
  }

  @SubscribeMessage('room:join')
  async join(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    this.realtime.reply(
      ack,
      await this.realtime.respond(socket, 'room:join', body, (user, payload) => this.room.join(user, payload, socket)),
    );
  }

  @SubscribeMessage('room:action')
  async act(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    this.realtime.reply(
      ack,
      await this.realtime.respond(socket, 'room:action', body, (user, payload) => this.room.act(user, payload)),
    );
  }

  @SubscribeMessage('room:note')
  async note(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    this.realtime.reply(
      ack,
      await this.realtime.respond(socket, 'room:note', body, (user, payload) => this.room.note(user, payload)),
    );
  }

  @SubscribeMessage('chat:send')
  async sendChat(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    this.realtime.reply(
      ack,
      await this.realtime.respond(socket, 'chat:send', body, (user, payload) => this.chat.send(user, payload)),
    );
  }

  @SubscribeMessage('chat:history')
  async chatHistory(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    this.realtime.reply(
      ack,
      await this.realtime.respond(socket, 'chat:history', body, (user, payload) => this.chat.history(user, payload)),
    );
  }

  /** Relayed in the order the socket sent them: a description before the candidates that follow it. */
  @SubscribeMessage('call:signal')
  signal(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    return this.calls.inTurn(socket, async () =>
      this.realtime.reply(
        ack,
        await this.realtime.respond(socket, 'call:signal', body, (user, payload) => this.calls.relay(user, payload)),
      ),
    );
  }

  @SubscribeMessage('call:media')
  async media(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    this.realtime.reply(
      ack,
      await this.realtime.respond(socket, 'call:media', body, (user, payload) => this.calls.reportMedia(user, payload)),
    );
  }
}
