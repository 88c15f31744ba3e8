import { Logger } from '@nestjs/common';
import { WebSocketGateway, type OnGatewayConnection, type OnGatewayInit } from '@nestjs/websockets';
import type { SocketError } from '@rounds/shared';
import { RealtimeService } from './realtime.service.js';
import { SOCKET_GATEWAY_OPTIONS, signInRoom, userRoom, type AppServer, type AppSocket } from './socket.types.js';

/**
 * Owns the connection: the handshake must carry a valid `rounds_session` cookie (else `connect_error`
 * with `data: { code: 'UNAUTHENTICATED', message }`), and each socket joins its person's room and its sign-in's.
 */
@WebSocketGateway(SOCKET_GATEWAY_OPTIONS)
export class RealtimeGateway implements OnGatewayInit<AppServer>, OnGatewayConnection<AppSocket> {
  private readonly log = new Logger('Realtime');

  constructor(private readonly realtime: RealtimeService) {}

  afterInit(server: AppServer): void {
    this.realtime.attach(server);
    server.use((socket, next) => {
      this.realtime.signInOf(socket).then(
        (signIn) => {
          if (!signIn)
            return next(refusal('UNAUTHENTICATED', 'You are not signed in, or your session has expired: sign in to connect.'));
          const { user, sessionId } = signIn;
          socket.data = { userId: user.id, displayName: user.displayName, timeZone: user.timeZone, authSessionId: sessionId };
          next();
        },
        (error: unknown) => {
          this.log.error({ err: error }, 'socket authentication failed');
          next(refusal('INTERNAL', 'Rounds could not check your session: try again in a moment.'));
        },
      );
    });
  }

  handleConnection(socket: AppSocket): void {
    void socket.join([userRoom(socket.data.userId), signInRoom(socket.data.userId, socket.data.authSessionId)]);
  }
}

function refusal(code: SocketError['code'], message: string): Error & { data: SocketError } {
  return Object.assign(new Error(message), { data: { code, message } });
}
