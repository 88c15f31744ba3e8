import {
  ControlBar,
  GridLayout,
  ParticipantTile,
  RoomAudioRenderer,
  RoomContext,
  useTracks,
  type LocalUserChoices,
} from '@livekit/components-react';
import '@livekit/components-styles';
import type { CallMediaState, RoomRole } from '@rounds/shared';
import { ConnectionQuality, DisconnectReason, Room, RoomEvent, Track } from 'livekit-client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeMediaError } from './call-problems';
import type { CallLink, CallQuality } from './direct-call';
import { ConnectionIndicator } from './ConnectionIndicator';
import { DirectCallStage } from './DirectCallStage';
import { SpeakerSelect } from './SpeakerSelect';
import { chooseCallPath, type ConnectionDetails, type VideoAvailability } from './video-connection';

interface VideoStageProps {
  sessionId: string;
  choices: LocalUserChoices;
  /** The person's role in the room, once the room has answered. */
  role: RoomRole | null;
  partnerName: string;
  callLink: CallLink;
  online: boolean;
}

/**
 * The call: with LiveKit on the server, its room (observers watch hidden); without it, a direct call between the
 * two participants' browsers, which observers cannot follow. The same controls, indicator and banners either way.
 */
export function VideoStage({ sessionId, choices, role, partnerName, callLink, online }: VideoStageProps) {
  const [video, setVideo] = useState<VideoAvailability>({ status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    chooseCallPath(sessionId, abort.signal).then(setVideo, () => undefined);
    return () => abort.abort();
  }, [sessionId]);

  if (video.status === 'ready') return <LiveKitCall details={video.details} choices={choices} callLink={callLink} />;
  if (video.status === 'direct' && role !== null && role !== 'observer') {
    return <DirectCallStage sessionId={sessionId} partnerName={partnerName} link={callLink} devices={choices} online={online} />;
  }
  return (
    <section className="room-video room-video-message" aria-label="Video">
      {(video.status === 'loading' || (video.status === 'direct' && role === null)) && <p role="status">Starting the video…</p>}
      {video.status === 'direct' && role === 'observer' && (
        <div role="status">
          <p>
            <strong>You are following this room without picture or sound.</strong>
          </p>
          <p>
            On this server the two participants call each other directly, so nobody else can join their call. The questions,
            timers and notes are all here; a LiveKit server would let you watch the call too.
          </p>
        </div>
      )}
      {video.status === 'failed' && <p role="alert">{video.message}</p>}
    </section>
  );
}

const QUALITY: Record<ConnectionQuality, CallQuality> = {
  [ConnectionQuality.Excellent]: 'good',
  [ConnectionQuality.Good]: 'good',
  [ConnectionQuality.Poor]: 'poor',
  [ConnectionQuality.Lost]: 'lost',
  [ConnectionQuality.Unknown]: 'unknown',
};

/** How long to wait before connecting again after LiveKit gave up on its own reconnection. */
const RECONNECT_DELAY_MS = 3000;

/**
 * One LiveKit Room for the page's life, connected in an effect and provided to the components through RoomContext.
 * LiveKit reconnects by itself; when it gives up, the room connects again (a new attempt) without a reload.
 */
function LiveKitCall({
  details,
  choices,
  callLink,
}: {
  details: ConnectionDetails;
  choices: LocalUserChoices;
  callLink: CallLink;
}) {
  const room = useMemo(
    () =>
      new Room({
        adaptiveStream: true,
        dynacast: true,
        videoCaptureDefaults: { deviceId: choices.videoDeviceId || undefined },
        audioCaptureDefaults: { deviceId: choices.audioDeviceId || undefined },
      }),
    [choices.videoDeviceId, choices.audioDeviceId],
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [reconnecting, setReconnecting] = useState(false);
  const [quality, setQuality] = useState<CallQuality>('unknown');

  useEffect(() => {
    let left = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let reported: CallMediaState | null = null;
    const report = (state: CallMediaState) => {
      if (reported === state || (state === 'lost' && reported === null)) return;
      reported = state;
      callLink.reportMedia(state);
    };
    const mediaFlows = () =>
      [...room.remoteParticipants.values()].some((person) => [...person.trackPublications.values()].some((p) => p.isSubscribed));
    const onMediaChange = () => report(mediaFlows() ? 'connected' : 'lost');
    const connect = () =>
      room
        .connect(details.serverUrl, details.participantToken)
        .then(async () => {
          setReconnecting(false);
          if (left || !room.localParticipant.permissions?.canPublish) return;
          await room.localParticipant.setCameraEnabled(choices.videoEnabled);
          await room.localParticipant.setMicrophoneEnabled(choices.audioEnabled);
        })
        .catch((error: unknown) => {
          if (left) return;
          setProblem(`The video could not connect (${error instanceof Error ? error.message : String(error)}): trying again…`);
          retry = setTimeout(connect, RECONNECT_DELAY_MS);
        });
    const onDisconnected = (reason?: DisconnectReason) => {
      report('lost');
      if (left || reason === DisconnectReason.CLIENT_INITIATED) return;
      setReconnecting(true);
      retry = setTimeout(connect, RECONNECT_DELAY_MS);
    };
    const onReconnecting = () => {
      setReconnecting(true);
      report('lost');
    };
    const onReconnected = () => {
      setReconnecting(false);
      onMediaChange();
    };
    const onQuality = (changed: ConnectionQuality, participant: { isLocal: boolean }) => {
      if (participant.isLocal) setQuality(QUALITY[changed]);
    };
    const onDeviceError = (error: Error) => setProblem(describeMediaError(error, 'camera or microphone'));
    room
      .on(RoomEvent.Disconnected, onDisconnected)
      .on(RoomEvent.Reconnecting, onReconnecting)
      .on(RoomEvent.Reconnected, onReconnected)
      .on(RoomEvent.TrackSubscribed, onMediaChange)
      .on(RoomEvent.TrackUnsubscribed, onMediaChange)
      .on(RoomEvent.ParticipantDisconnected, onMediaChange)
      .on(RoomEvent.ConnectionQualityChanged, onQuality)
      .on(RoomEvent.MediaDevicesError, onDeviceError);
    void connect();
    return () => {
      left = true;
      clearTimeout(retry);
      report('lost');
      room.removeAllListeners();
      void room.disconnect();
    };
  }, [room, details, choices.videoEnabled, choices.audioEnabled, callLink]);

  const chooseSpeaker = useCallback(
    (deviceId: string) => void room.switchActiveDevice('audiooutput', deviceId).catch(() => undefined),
    [room],
  );

  return (
    <RoomContext.Provider value={room}>
      <section className="room-video lk-room-container" data-lk-theme="default" aria-label="Video">
        {reconnecting && (
          <p className="room-call-banner" role="status">
            Reconnecting… the call comes back by itself; the interview carries on meanwhile.
          </p>
        )}
        {problem && (
          <p role="alert" className="room-video-problem">
            {problem}
          </p>
        )}
        <VideoTiles />
        <div className="room-call-controls">
          <ControlBar controls={{ chat: false, screenShare: false, leave: false }} />
          <SpeakerSelect onChange={chooseSpeaker} />
          <ConnectionIndicator quality={reconnecting ? 'lost' : quality} />
        </div>
        <RoomAudioRenderer />
      </section>
    </RoomContext.Provider>
  );
}

/** Everyone's camera (or a placeholder while it is off), in a grid that adapts to how many are here. */
function VideoTiles() {
  const tracks = useTracks([{ source: Track.Source.Camera, withPlaceholder: true }], { onlySubscribed: false });
  return (
    <GridLayout tracks={tracks} className="room-video-grid">
      <ParticipantTile />
    </GridLayout>
  );
}
