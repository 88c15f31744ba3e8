import {
  SOCKET_PATH,
  isSocketFailure,
  type ClientToServerEvents,
  type PracticeJoinRequest,
  type PracticeMatched,
  type ServerToClientEvents,
  type SocketError,
} from '@rounds/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Socket } from 'socket.io-client';

type PracticeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type PracticeQueueState =
  | { phase: 'idle' }
  | { phase: 'joining' }
  | { phase: 'waiting'; ticketId: string; position: number }
  /** Held until the person confirms they are ready (repeated no-shows); `message` says why. */
  | { phase: 'confirming'; ticketId: string; message: string }
  | { phase: 'matched'; match: PracticeMatched }
  | { phase: 'failed'; error: SocketError };

const CANCEL_MESSAGES: Record<string, string> = {
  left: 'You left the queue.',
  disconnected: 'Your connection dropped, so your place was given up. Press Practice now to wait again.',
  expired: 'Your place in the queue expired. Press Practice now to wait again.',
  busy: 'You were booked into another session meanwhile, so your place was given up.',
};

const RECONNECTING = 'Your connection dropped: reconnecting, and you will be back in line as soon as it returns.';

const CONFIRM_FALLBACK =
  'You missed sessions without notice recently, so we match you once you confirm you are ready to start now.';

const CLIENT_NOT_LOADED: SocketError = {
  code: 'UNAVAILABLE',
  message: 'Rounds could not load the live connection. Reload the page and press Practice now again.',
};

/**
 * The instant practice queue over socket.io (same origin, session cookie). The socket connects only while
 * the person is queueing, so an idle dashboard holds no connection; leaving the page leaves the queue.
 * The socket.io client itself is fetched on the first Practice now, keeping it out of the dashboard's
 * first download.
 */
export function usePracticeQueue() {
  const socketRef = useRef<PracticeSocket | null>(null);
  /** Counts joins and disconnects, so a socket client that finishes loading after either is not used. */
  const attemptRef = useRef(0);
  const [state, setState] = useState<PracticeQueueState>({ phase: 'idle' });
  const [notice, setNotice] = useState<string | null>(null);

  const disconnect = useCallback(() => {
    attemptRef.current += 1;
    socketRef.current?.disconnect();
    socketRef.current = null;
  }, []);

  useEffect(() => disconnect, [disconnect]);

  const connect = useCallback(
    (socket: PracticeSocket, request: PracticeJoinRequest) => {
      socketRef.current = socket;
      socket.on('connect_error', (error: Error & { data?: unknown }) => {
        const data = error.data;
        const reason: SocketError = isSocketFailure(data)
          ? data.error
          : { code: 'UNAVAILABLE', message: 'Rounds could not open a live connection. Check your network and try again.' };
        setState({ phase: 'failed', error: reason });
        disconnect();
      });
      socket.on('practice:position', ({ ticketId, position }) => setState({ phase: 'waiting', ticketId, position }));
      socket.on('practice:confirm_needed', ({ ticketId, message }) => setState({ phase: 'confirming', ticketId, message }));
      socket.on('practice:matched', (match) => {
        setState({ phase: 'matched', match });
        disconnect();
      });
      socket.on('practice:cancelled', ({ reason }) => {
        // The server gave the place up while this connection was down and learnt of it only now: back in line.
        if (reason === 'disconnected' && socket.connected) {
          askForPlace();
          return;
        }
        setNotice(CANCEL_MESSAGES[reason] ?? 'Your place in the queue was given up.');
        setState({ phase: 'idle' });
        disconnect();
      });
      socket.on('disconnect', (reason) => {
        // socket.io reconnects by itself after a dropped connection (not after our own disconnect).
        if (reason !== 'io client disconnect') setNotice(RECONNECTING);
      });
      // On the first connection and on every reconnection: a dropped connection gives up the place on the
      // server, so the person rejoins the line without reloading. ALREADY_WAITING means the place was kept (another
      // tab, or a blip the server had not yet noticed): its position arrives as practice:position.
      socket.on('connect', () => {
        setNotice((current) => (current === RECONNECTING ? null : current));
        askForPlace();
      });

      function askForPlace() {
        socket.emit('practice:join', request, (response) => {
          if (isSocketFailure(response)) {
            if (response.error.code === 'ALREADY_WAITING') return;
            setState({ phase: 'failed', error: response.error });
            disconnect();
            return;
          }
          // A match may already have arrived for a partner who was waiting; the request to confirm may have come first.
          setState((current) => {
            if (current.phase === 'matched' || current.phase === 'confirming') return current;
            return response.confirmationNeeded
              ? { phase: 'confirming', ticketId: response.ticketId, message: CONFIRM_FALLBACK }
              : { phase: 'waiting', ticketId: response.ticketId, position: response.position };
          });
        });
      }
    },
    [disconnect],
  );

  const join = useCallback(
    (request: PracticeJoinRequest) => {
      disconnect();
      setNotice(null);
      setState({ phase: 'joining' });
      const attempt = attemptRef.current;
      import('socket.io-client').then(
        ({ io }) => {
          if (attemptRef.current === attempt)
            connect(io({ path: SOCKET_PATH, withCredentials: true, transports: ['websocket', 'polling'] }), request);
        },
        () => {
          if (attemptRef.current === attempt) setState({ phase: 'failed', error: CLIENT_NOT_LOADED });
        },
      );
    },
    [disconnect, connect],
  );

  const leave = useCallback(() => {
    const socket = socketRef.current;
    if (!socket) return;
    socket.emit('practice:leave', {}, () => {
      setNotice(CANCEL_MESSAGES.left);
      setState({ phase: 'idle' });
      disconnect();
    });
  }, [disconnect]);

  /** I am ready: makes a held ticket matchable. */
  const confirm = useCallback(
    (ticketId: string) => {
      const socket = socketRef.current;
      if (!socket) return;
      socket.emit('practice:confirm', { ticketId }, (response) => {
        if (isSocketFailure(response)) {
          setState({ phase: 'failed', error: response.error });
          disconnect();
          return;
        }
        setState((current) => (current.phase === 'matched' ? current : { phase: 'waiting', ...response }));
      });
    },
    [disconnect],
  );

  return { state, notice, join, leave, confirm };
}
