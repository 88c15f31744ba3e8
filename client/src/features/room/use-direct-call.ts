import { routes } from '@rounds/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { api, ApiError } from '../../lib/api';
import { DirectCall, type CallDevices, type CallLink, type DirectCallState } from './direct-call';

export type DirectCallSetup =
  { status: 'preparing' } | { status: 'refused'; message: string } | { status: 'ready'; call: DirectCall };

/**
 * One DirectCall for the page: the ICE servers are fetched (with TURN credentials of this person's own), then the
 * call starts; it stops when the page leaves the room.
 */
export function useDirectCall(sessionId: string, link: CallLink, devices: CallDevices): DirectCallSetup {
  const [setup, setSetup] = useState<DirectCallSetup>({ status: 'preparing' });
  const { audioEnabled, videoEnabled, audioDeviceId, videoDeviceId } = devices;

  useEffect(() => {
    const abort = new AbortController();
    let call: DirectCall | null = null;
    api(routes.createCallIceServers, { params: { sessionId }, signal: abort.signal }).then(
      ({ iceServers }) => {
        const relayAvailable = iceServers.some((server) => server.urls.some((url) => /^turns?:/i.test(url)));
        call = new DirectCall(link, iceServers, { audioEnabled, videoEnabled, audioDeviceId, videoDeviceId }, relayAvailable);
        setSetup({ status: 'ready', call });
        void call.start();
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const message = error instanceof ApiError ? error.detail : 'The call could not start: reload the page to try again.';
        setSetup({ status: 'refused', message });
      },
    );
    return () => {
      abort.abort();
      call?.stop();
    };
  }, [sessionId, link, audioEnabled, videoEnabled, audioDeviceId, videoDeviceId]);

  return setup;
}

/** The call's state as React state. */
export function useCallState(call: DirectCall): DirectCallState {
  return useSyncExternalStore(
    (listener) => call.onChange(listener),
    () => call.state,
  );
}
