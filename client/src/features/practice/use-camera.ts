import { useCallback, useEffect, useRef, useState } from 'react';

export type CameraProblem = 'blocked' | 'missing' | 'busy' | 'unsupported' | 'other';

export type CameraState =
  | { status: 'off' }
  | { status: 'starting' }
  | { status: 'live'; stream: MediaStream; hasAudio: boolean }
  | { status: 'failed'; problem: CameraProblem; message: string };

const STILL_PRACTISE = 'You can still practise with the timer.';

const MESSAGES: Record<CameraProblem, string> = {
  blocked: `Camera and microphone access is blocked for Rounds. ${STILL_PRACTISE} To record yourself, allow the camera and microphone for this site (the camera icon in the address bar, or your browser’s site settings), then select “Try the camera again”.`,
  missing: `No camera was found on this device. ${STILL_PRACTISE} Plug one in, then select “Try the camera again”.`,
  busy: `Your camera is in use by another app, such as a video call. ${STILL_PRACTISE} Close that app, then select “Try the camera again”.`,
  unsupported: `This browser cannot use a camera on this page (it needs a current browser and a secure https address). ${STILL_PRACTISE}`,
  other: `The camera could not be started. ${STILL_PRACTISE}`,
};

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'blocked';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'missing';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'busy';
  return 'other';
}

function stopTracks(stream: MediaStream | null) {
  stream?.getTracks().forEach((track) => track.stop());
}

/**
 * The person's camera and microphone, asked for only when they choose to turn it on. Every track stops
 * when they turn it off and when the page goes away, so the camera light never stays on.
 */
export function useCamera() {
  const [state, setState] = useState<CameraState>({ status: 'off' });
  const streamRef = useRef<MediaStream | null>(null);
  const pending = useRef(false);
  const mounted = useRef(false);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      stopTracks(streamRef.current);
      streamRef.current = null;
    };
  }, []);

  const start = useCallback(async () => {
    if (streamRef.current || pending.current) return;
    if (!navigator.mediaDevices?.getUserMedia) {
      setState({ status: 'failed', problem: 'unsupported', message: MESSAGES.unsupported });
      return;
    }
    pending.current = true;
    setState({ status: 'starting' });
    try {
      let stream: MediaStream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
      } catch (error) {
        // A camera without a microphone still gives a (silent) preview and recording.
        if (problemOf(error) !== 'missing') throw error;
        stream = await navigator.mediaDevices.getUserMedia({ video: true });
      }
      if (!mounted.current) {
        stopTracks(stream);
        return;
      }
      streamRef.current = stream;
      setState({ status: 'live', stream, hasAudio: stream.getAudioTracks().length > 0 });
    } catch (error) {
      const problem = problemOf(error);
      if (mounted.current) setState({ status: 'failed', problem, message: MESSAGES[problem] });
    } finally {
      pending.current = false;
    }
  }, []);

  const stop = useCallback(() => {
    stopTracks(streamRef.current);
    streamRef.current = null;
    setState({ status: 'off' });
  }, []);

  return { state, start, stop };
}
