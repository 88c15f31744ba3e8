import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallDevices, CallLink, DirectCall } from './direct-call';
import { ConnectionIndicator } from './ConnectionIndicator';
import { SpeakerSelect } from './SpeakerSelect';
import { useCallState, useDirectCall } from './use-direct-call';

interface DirectCallStageProps {
  sessionId: string;
  partnerName: string;
  link: CallLink;
  devices: CallDevices;
  /** The room's socket is connected (and joined): after a reconnect the call says again that it is here. */
  online: boolean;
}

/** The call straight between the two participants' browsers (no LiveKit on this server). */
export function DirectCallStage({ sessionId, partnerName, link, devices, online }: DirectCallStageProps) {
  const setup = useDirectCall(sessionId, link, devices);
  if (setup.status === 'ready') return <CallView call={setup.call} partnerName={partnerName} online={online} />;
  return (
    <section className="room-video room-video-message" aria-label="Video">
      {setup.status === 'preparing' ? <p role="status">Starting the call…</p> : <p role="alert">{setup.message}</p>}
    </section>
  );
}

function CallView({ call, partnerName, online }: { call: DirectCall; partnerName: string; online: boolean }) {
  const state = useCallState(call);
  const remoteVideo = useRef<HTMLVideoElement>(null);
  const remoteAudio = useRef<HTMLAudioElement>(null);
  const localVideo = useRef<HTMLVideoElement>(null);
  const [needsPlay, setNeedsPlay] = useState(false);

  // Back online after the socket dropped: say again that this page is here, and where its call stands.
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current) {
      void call.announce();
      call.reportAgain();
    }
    wasOnline.current = online;
  }, [online, call]);

  useEffect(() => {
    const video = remoteVideo.current;
    const audio = remoteAudio.current;
    if (video) video.srcObject = state.remote;
    if (audio) {
      audio.srcObject = state.remote;
      // Autoplay with sound may be refused until the person has interacted with the page: offer a button.
      audio.play().then(
        () => setNeedsPlay(false),
        () => setNeedsPlay(state.remote.getAudioTracks().length > 0),
      );
    }
  }, [state.remote]);

  useEffect(() => {
    if (localVideo.current) localVideo.current.srcObject = state.local;
  }, [state.local]);

  const chooseSpeaker = useCallback((deviceId: string) => {
    const audio = remoteAudio.current as (HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> }) | null;
    void audio?.setSinkId?.(deviceId).catch(() => undefined);
  }, []);

  const partnerVideoShown =
    state.phase === 'connected' && state.partnerCamera !== false && state.remote.getVideoTracks().length > 0;
  const reconnecting = state.phase === 'reconnecting';

  return (
    <section className="room-video room-call" aria-label="Video">
      {reconnecting && (
        <p className="room-call-banner" role="status">
          Reconnecting… the call comes back by itself; the interview carries on meanwhile.
        </p>
      )}
      {state.phase === 'waiting' && (
        <p className="room-call-banner room-call-banner-calm" role="status">
          Waiting for {partnerName} to join the call…
        </p>
      )}
      {state.problem && (
        <p className="room-video-problem" role="alert">
          {state.problem}
        </p>
      )}
      <div className="room-call-tiles">
        <figure className="room-call-tile room-call-remote">
          <video ref={remoteVideo} autoPlay playsInline muted hidden={!partnerVideoShown} data-call="remote" />
          {!partnerVideoShown && (
            <div className="room-call-placeholder">
              {state.phase === 'connected' && state.partnerCamera === false
                ? `${partnerName}'s camera is off`
                : state.phase === 'connected'
                  ? `${partnerName} joins without a camera`
                  : `${partnerName}`}
            </div>
          )}
          <figcaption>{partnerName}</figcaption>
          <audio ref={remoteAudio} autoPlay data-call="remote-audio" />
        </figure>
        <figure className="room-call-tile room-call-self">
          <video ref={localVideo} autoPlay playsInline muted hidden={!state.camera} data-call="local" />
          {!state.camera && <div className="room-call-placeholder">Your camera is off</div>}
          <figcaption>You</figcaption>
        </figure>
      </div>
      <div className="room-call-controls">
        <button type="button" className="button button-secondary" onClick={() => call.setMicrophone(!state.microphone)}>
          {state.microphone ? 'Mute microphone' : 'Unmute microphone'}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void call.setCamera(!state.camera)}>
          {state.camera ? 'Turn camera off' : 'Turn camera on'}
        </button>
        {needsPlay && (
          <button
            type="button"
            className="button"
            onClick={() => void remoteAudio.current?.play().then(() => setNeedsPlay(false))}
          >
            Play {partnerName}'s sound
          </button>
        )}
        <SpeakerSelect onChange={chooseSpeaker} />
        <ConnectionIndicator quality={state.phase === 'connected' ? state.quality : reconnecting ? 'lost' : 'unknown'} />
      </div>
    </section>
  );
}
