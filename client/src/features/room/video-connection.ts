import { routes } from '@rounds/shared';
import { api } from '../../lib/api';

/** What the token endpoint answers: the shape LiveKit Meet's connection endpoint uses. */
export interface ConnectionDetails {
  serverUrl: string;
  roomName: string;
  participantName: string;
  participantToken: string;
}

export type VideoAvailability =
  | { status: 'loading' }
  | { status: 'ready'; details: ConnectionDetails }
  /** The server has no LIVEKIT_URL (503), or predates the token endpoint (404): the two browsers call each other. */
  | { status: 'direct' }
  | { status: 'failed'; message: string };

/**
 * How this room's call runs: the public configuration says whether the server has LiveKit, so a server without
 * it is not asked for a token it cannot give; with LiveKit, the token decides (503 still means a direct call).
 */
export async function chooseCallPath(sessionId: string, signal: AbortSignal): Promise<VideoAvailability> {
  const config = await api(routes.publicConfig, { signal }).catch((error: unknown) => {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return null;
  });
  if (config?.video === 'direct') return { status: 'direct' };
  return requestVideoConnection(sessionId, signal);
}

/**
 * Asks the server for a LiveKit token for this session's room. Never throws: a server without video, a closed
 * window or a lost connection each come back as a state the video area can explain.
 */
async function requestVideoConnection(sessionId: string, signal: AbortSignal): Promise<VideoAvailability> {
  let response: Response;
  try {
    response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/token`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return { status: 'failed', message: 'Rounds could not be reached to start the video. Check your connection.' };
  }
  if (response.status === 503 || response.status === 404) return { status: 'direct' };
  const body = (await response.json().catch(() => null)) as (Partial<ConnectionDetails> & { detail?: unknown }) | null;
  if (!response.ok) {
    const detail = typeof body?.detail === 'string' ? body.detail : `the server answered HTTP ${response.status}`;
    return { status: 'failed', message: `Video could not start: ${detail}` };
  }
  if (!body?.serverUrl || !body.participantToken || !body.roomName || !body.participantName) {
    return { status: 'failed', message: 'Video could not start: the server sent incomplete connection details.' };
  }
  return { status: 'ready', details: body as ConnectionDetails };
}
