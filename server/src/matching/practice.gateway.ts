import {
  Ack,
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
} from '@nestjs/websockets';
import { RealtimeService } from '../realtime/realtime.service.js';
import { SOCKET_GATEWAY_OPTIONS, type AppSocket } from '../realtime/socket.types.js';
import { PracticeQueueService } from './practice-queue.service.js';

/** Translates the practice queue's socket events to PracticeQueueService calls; see shared/src/realtime. */
@WebSocketGateway(SOCKET_GATEWAY_OPTIONS)
export class PracticeGateway implements OnGatewayConnection<AppSocket>, OnGatewayDisconnect<AppSocket> {
  constructor(
    private readonly queue: PracticeQueueService,
    private readonly realtime: RealtimeService,
  ) {}

  handleConnection(socket: AppSocket): void {
    this.queue.onConnect(socket);
  }

  handleDisconnect(socket: AppSocket, reason?: string): void {
    this.queue.onDisconnect(socket.data?.userId, reason);
  }

  @SubscribeMessage('practice:join')
  async join(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    this.realtime.reply(
      ack,
      await this.realtime.respond(socket, 'practice:join', body, (user, payload) => this.queue.join(user, payload)),
    );
  }

  @SubscribeMessage('practice:confirm')
  async confirm(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    this.realtime.reply(
      ack,
      await this.realtime.respond(socket, 'practice:confirm', body, (user, payload) => this.queue.confirm(user, payload)),
    );
  }

  @SubscribeMessage('practice:leave')
  async leave(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown, @Ack() ack: unknown): Promise<void> {
    this.realtime.reply(
      ack,
      await this.realtime.respond(socket, 'practice:leave', body, (user, payload) => this.queue.leave(user, payload)),
    );
  }
}
