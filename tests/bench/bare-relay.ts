// The yardstick for the room benchmark: a socket.io server that only relays. A client joins a room; an
// action is acknowledged and forwarded to the others in that room, with no checks and no storage.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { transports: ['websocket'] });
io.on('connection', (socket) => {
  socket.on('join', (room: string, ack: () => void) => {
    void socket.join(room);
    ack();
  });
  socket.on('action', (room: string, payload: unknown, ack: (payload: unknown) => void) => {
    socket.to(room).emit('state', payload);
    ack(payload);
  });
});
http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  if (address && typeof address === 'object') process.stdout.write(`listening ${address.port}\n`);
});
