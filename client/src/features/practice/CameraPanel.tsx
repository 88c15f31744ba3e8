import type { ReactNode } from 'react';
import type { CameraState } from './use-camera';
import { CameraPreview, MicrophoneLevel } from './CameraPreview';

interface CameraPanelProps {
  state: CameraState;
  onStart: () => void;
  onStop: () => void;
  /** Whether this browser can record (MediaRecorder). */
  canRecord: boolean;
  /** Shown under the preview, e.g. the record button. */
  children?: ReactNode;
}

/** The camera preview with its own on/off control, and a plain explanation when the camera cannot be used. */
export function CameraPanel({ state, onStart, onStop, canRecord, children }: CameraPanelProps) {
  return (
    <div className="sp-camera-panel">
      {state.status === 'live' ? (
        <div className="sp-video-frame">
          <CameraPreview stream={state.stream} />
          <MicrophoneLevel stream={state.stream} />
        </div>
      ) : (
        <div className="sp-video-frame sp-video-placeholder">
          {state.status === 'starting' ? <p role="status">Asking for your camera and microphone…</p> : <p>Camera is off</p>}
        </div>
      )}

      {state.status === 'failed' && (
        <div className="error-state sp-camera-problem" role="alert">
          <p>{state.message}</p>
        </div>
      )}
      {state.status === 'live' && !state.hasAudio && (
        <p className="notice notice-warning">No microphone was found: recordings will have no sound.</p>
      )}
      {!canRecord && (
        <p className="notice notice-warning">
          This browser cannot record video. You can still watch yourself in the preview and practise with the timer.
        </p>
      )}

      <div className="sp-camera-actions">
        {state.status === 'live' ? (
          <button type="button" className="button button-quiet" onClick={onStop}>
            Turn camera off
          </button>
        ) : (
          state.status !== 'starting' &&
          !(state.status === 'failed' && state.problem === 'unsupported') && (
            <button type="button" className="button button-secondary" onClick={onStart}>
              {state.status === 'failed' ? 'Try the camera again' : 'Turn camera on'}
            </button>
          )
        )}
        {children}
      </div>
    </div>
  );
}
