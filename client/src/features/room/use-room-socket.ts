import {
  SOCKET_PATH,
  isSocketFailure,
  type CallSignal,
  type ClientToServerEvents,
  type RoomActionType,
  type RoomChatMessage,
  type RoomPresence,
  type RoomView,
  type ServerToClientEvents,
  type SocketError,
} from '@rounds/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Socket } from 'socket.io-client';
import type { CallLink } from './direct-call';
import { serverOffsetMs } from './room-clock';

type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long an acknowledgement may take before the room says the server is not answering. */
const ACK_TIMEOUT_MS = 10_000;

export type RoomConnection =
  | { status: 'connecting' }
  | { status: 'ready'; view: RoomView; offsetMs: number; reconnecting: boolean }
  | { status: 'failed'; error: SocketError };

const NOT_ANSWERING: SocketError = {
  code: 'UNAVAILABLE',
  message: 'The room is not answering. Check your connection; Rounds keeps trying.',
};

const CLIENT_NOT_LOADED: SocketError = {
  code: 'UNAVAILABLE',
  message: 'Rounds could not load the live connection. Reload the page to try again.',
};

/**
 * The room's shared state over socket.io (same origin, session cookie). Every (re)connection joins the room
 * again, so a laptop that slept or a server that restarted picks up exactly where the room is. Views only move
 * forward: a push older than the view on screen is ignored.
 */
export function useRoomSocket(sessionId: string) {
  const socketRef = useRef<RoomSocket | null>(null);
  const [connection, setConnection] = useState<RoomConnection>({ status: 'connecting' });
  /** A short message about the last action: refused, or overtaken by someone else's. */
  const [notice, setNotice] = useState<string | null>(null);
  /** Where each other participant is, by user id, as the server last said. */
  const [presence, setPresence] = useState<Record<string, RoomPresence>>({});
  /** The room's chat, oldest first (participants only: an observer's stays empty). */
  const [messages, setMessages] = useState<RoomChatMessage[]>([]);
  /** The direct call's listeners for its partner's signals. */
  const callListeners = useRef(new Set<(signal: CallSignal) => void>());

  const adopt = useCallback((view: RoomView) => {
    const offsetMs = serverOffsetMs(view, Date.now());
    setConnection((current) =>
      current.status === 'ready' && current.view.version > view.version
        ? current
        : { status: 'ready', view, offsetMs, reconnecting: false },
    );
  }, []);

  useEffect(() => {
    let closed = false;
    let socket: RoomSocket | null = null;
    const fail = (error: SocketError) => setConnection({ status: 'failed', error });

    import('socket.io-client').then(
      ({ io }) => {
        if (closed) return;
        socket = io({ path: SOCKET_PATH, withCredentials: true, transports: ['websocket', 'polling'] });
        socketRef.current = socket;
        const joined = socket;
        joined.on('connect', () => {
          joined.timeout(ACK_TIMEOUT_MS).emit('room:join', { sessionId }, (timedOut, response) => {
            if (timedOut) return setNotice(NOT_ANSWERING.message);
            if (isSocketFailure(response)) return fail(response.error);
            setNotice(null);
            adopt(response);
            // The chat so far, on every (re)join: messages sent while this socket was away are not lost.
            if (response.role !== 'observer') {
              joined.timeout(ACK_TIMEOUT_MS).emit('chat:history', { sessionId }, (historyTimedOut, history) => {
                if (!historyTimedOut && !isSocketFailure(history)) setMessages(history.messages);
              });
            }
          });
        });
        joined.on('room:presence', (update) => {
          if (update.sessionId === sessionId) setPresence((current) => ({ ...current, [update.userId]: update.presence }));
        });
        joined.on('chat:message', (message) => {
          if (message.sessionId !== sessionId) return;
          setMessages((current) => (current.some((m) => m.id === message.id) ? current : [...current, message]));
        });
        joined.on('room:state', (view) => {
          if (view.sessionId === sessionId) adopt(view);
        });
        joined.on('call:signal', (signal) => {
          if (signal.sessionId === sessionId) callListeners.current.forEach((listener) => listener(signal));
        });
        joined.on('disconnect', () =>
          setConnection((current) => (current.status === 'ready' ? { ...current, reconnecting: true } : current)),
        );
        joined.on('connect_error', (error: Error & { data?: unknown }) => {
          // The server refused the connection itself (signed out): socket.io does not retry those.
          if (isSocketFailure(error.data)) fail(error.data.error);
          else if (!joined.active) fail(NOT_ANSWERING);
        });
      },
      () => {
        if (!closed) fail(CLIENT_NOT_LOADED);
      },
    );
    return () => {
      closed = true;
      socket?.disconnect();
      socketRef.current = null;
    };
  }, [sessionId, adopt]);

  const act = useCallback(
    (type: RoomActionType) => {
      const socket = socketRef.current;
      if (!socket || connection.status !== 'ready') return;
      setNotice(null);
      const request = { sessionId, version: connection.view.version, action: { type } };
      socket.timeout(ACK_TIMEOUT_MS).emit('room:action', request, (timedOut, response) => {
        if (timedOut) return setNotice(NOT_ANSWERING.message);
        if (!isSocketFailure(response)) return adopt(response);
        const { error } = response;
        if (error.code === 'CONFLICT' && error.view) {
          adopt(error.view);
          setNotice(
            error.view.version !== connection.view.version
              ? 'The room had already moved on, so nothing was changed: this is where it stands now.'
              : error.message,
          );
        } else {
          setNotice(error.message);
        }
      });
    },
    [sessionId, connection, adopt],
  );

  /** Saves the interviewer's note on a question; resolves with when the server stored it. */
  const saveNote = useCallback(
    (questionId: string, text: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = socketRef.current;
        if (!socket?.connected) return reject(new Error('Not connected: your note is kept here and saved on reconnect.'));
        socket.timeout(ACK_TIMEOUT_MS).emit('room:note', { sessionId, questionId, text }, (timedOut, response) => {
          if (timedOut) return reject(new Error(NOT_ANSWERING.message));
          if (isSocketFailure(response)) return reject(new Error(response.error.message));
          resolve(response.savedAt);
        });
      }),
    [sessionId],
  );

  /** Sends a chat message; resolves once the server has kept it (and shows it), rejects with what went wrong. */
  const sendChat = useCallback(
    (text: string) =>
      new Promise<void>((resolve, reject) => {
        const socket = socketRef.current;
        if (!socket?.connected)
          return reject(new Error('Not connected: your message is kept here; send it once the room is back.'));
        socket.timeout(ACK_TIMEOUT_MS).emit('chat:send', { sessionId, text }, (timedOut, response) => {
          if (timedOut) return reject(new Error(NOT_ANSWERING.message));
          if (isSocketFailure(response)) {
            const field = response.error.fields?.[0];
            return reject(new Error(field ? `Your message ${field.message}.` : response.error.message));
          }
          setMessages((current) => (current.some((m) => m.id === response.id) ? current : [...current, response]));
          resolve();
        });
      }),
    [sessionId],
  );

  /** The call's way through this socket: signals to the partner and back, and reports of whether media flows. */
  const callLink = useMemo<CallLink>(
    () => ({
      send: (signal) =>
        new Promise((resolve) => {
          const socket = socketRef.current;
          if (!socket) return resolve(null);
          // Buffered while the socket reconnects; the refusal (a session no longer open) is what the call shows.
          socket.emit('call:signal', { sessionId, ...signal }, (response) =>
            resolve(isSocketFailure(response) ? response.error.message : null),
          );
        }),
      subscribe: (listener) => {
        callListeners.current.add(listener);
        return () => callListeners.current.delete(listener);
      },
      reportMedia: (state) => socketRef.current?.emit('call:media', { sessionId, state }, () => undefined),
    }),
    [sessionId],
  );

  return { connection, notice, act, saveNote, callLink, presence, messages, sendChat };
}
