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
import { DisconnectReason, Room, RoomEvent, Track } from 'livekit-client';
import { useEffect, useMemo, useState } from 'react';
import { requestVideoConnection, type ConnectionDetails, type VideoAvailability } from './video-connection';

interface VideoStageProps {
  sessionId: string;
  choices: LocalUserChoices;
}

/**
 * The video area: fetches a token for the session's LiveKit room and, when the server has video, connects.
 * Without video on the server it says so plainly; the rest of the room works either way.
 */
export function VideoStage({ sessionId, choices }: VideoStageProps) {
  const [video, setVideo] = useState<VideoAvailability>({ status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    requestVideoConnection(sessionId, abort.signal).then(setVideo, () => undefined);
    return () => abort.abort();
  }, [sessionId]);

  if (video.status === 'ready') return <ConnectedVideo details={video.details} choices={choices} />;
  return (
    <section className="room-video room-video-message" aria-label="Video">
      {video.status === 'loading' && <p role="status">Starting the video…</p>}
      {video.status === 'not_configured' && (
        <div role="status">
          <p>
            <strong>Video is not configured on this server.</strong>
          </p>
          <p>
            The question script, the timers and your notes all work here; meet by phone or your usual video link for the picture
            and sound.
          </p>
        </div>
      )}
      {video.status === 'failed' && <p role="alert">{video.message}</p>}
    </section>
  );
}

/** One LiveKit Room for the page's life, connected in an effect and provided to the components through RoomContext. */
function ConnectedVideo({ details, choices }: { details: ConnectionDetails; choices: LocalUserChoices }) {
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

  useEffect(() => {
    let left = false;
    const onDisconnected = (reason?: DisconnectReason) => {
      if (!left && reason !== DisconnectReason.CLIENT_INITIATED) {
        setProblem('The video connection closed. Reload the page to reconnect; the interview itself carries on.');
      }
    };
    const onDeviceError = (error: Error) => setProblem(`Your camera or microphone stopped working: ${error.message}`);
    room.on(RoomEvent.Disconnected, onDisconnected).on(RoomEvent.MediaDevicesError, onDeviceError);
    room
      .connect(details.serverUrl, details.participantToken)
      .then(async () => {
        if (left || !room.localParticipant.permissions?.canPublish) return;
        await room.localParticipant.setCameraEnabled(choices.videoEnabled);
        await room.localParticipant.setMicrophoneEnabled(choices.audioEnabled);
      })
      .catch((error: unknown) => {
        if (!left) setProblem(`The video could not connect: ${error instanceof Error ? error.message : String(error)}`);
      });
    return () => {
      left = true;
      room.off(RoomEvent.Disconnected, onDisconnected).off(RoomEvent.MediaDevicesError, onDeviceError);
      void room.disconnect();
    };
  }, [room, details, choices.videoEnabled, choices.audioEnabled]);

  return (
    <RoomContext.Provider value={room}>
      <section className="room-video lk-room-container" data-lk-theme="default" aria-label="Video">
        {problem && (
          <p role="alert" className="room-video-problem">
            {problem}
          </p>
        )}
        <VideoTiles />
        <ControlBar controls={{ chat: false, screenShare: false, leave: false }} />
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
